-- SPDX-License-Identifier: MIT
-- The Quarry sample database (SQLite): a small bookshop.
--
-- All rows are generated below from short word lists with recursive CTEs and plain arithmetic,
-- so the file stays small and every build gets the same data (no random(), no current time).
-- Needs SQLite 3.38 or later (JSON functions built in). Made by ./setup.sh run, or by hand with
--   sqlite3 sample.db < resources/sample/sample.sql
-- Comments here avoid quotes and semicolons so that even a simple statement splitter copes.

BEGIN;

CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    birth_date  DATE,
    country     TEXT,
    bio         TEXT
);

CREATE TABLE publishers (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    city     TEXT NOT NULL,
    founded  INTEGER CHECK (founded BETWEEN 1450 AND 2100),
    website  TEXT,
    logo     BLOB
);

CREATE TABLE genres (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    parent_id  INTEGER REFERENCES genres (id) ON DELETE SET NULL
);

CREATE TABLE books (
    id            INTEGER PRIMARY KEY,
    isbn          TEXT NOT NULL UNIQUE CHECK (length(isbn) = 13),
    title         TEXT NOT NULL,
    author_id     INTEGER NOT NULL REFERENCES authors (id) ON DELETE RESTRICT,
    publisher_id  INTEGER REFERENCES publishers (id) ON DELETE SET NULL,
    published_on  DATE,
    pages         INTEGER CHECK (pages > 0),
    price         NUMERIC(10,2) NOT NULL CHECK (price >= 0),
    rating        REAL CHECK (rating BETWEEN 0 AND 5),
    in_print      BOOLEAN NOT NULL DEFAULT 1,
    cover_thumb   BLOB
);

CREATE TABLE book_genres (
    book_id   INTEGER NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    genre_id  INTEGER NOT NULL REFERENCES genres (id) ON DELETE CASCADE,
    PRIMARY KEY (book_id, genre_id)
) WITHOUT ROWID;

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    city        TEXT,
    country     TEXT,
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    newsletter  BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    ordered_at   TIMESTAMP NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    shipping     NUMERIC(10,2) NOT NULL DEFAULT 0 CHECK (shipping >= 0)
);

CREATE TABLE order_items (
    order_id    INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line        INTEGER NOT NULL CHECK (line > 0),
    book_id     INTEGER NOT NULL REFERENCES books (id) ON DELETE RESTRICT,
    quantity    INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price  NUMERIC(10,2) NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, line)
);

CREATE INDEX books_author_idx ON books (author_id);
CREATE INDEX books_publisher_idx ON books (publisher_id);
CREATE INDEX book_genres_genre_idx ON book_genres (genre_id);
CREATE INDEX customers_name_idx ON customers (last_name COLLATE NOCASE, first_name);
CREATE INDEX orders_customer_idx ON orders (customer_id, ordered_at);
CREATE INDEX orders_open_idx ON orders (ordered_at) WHERE status IN ('pending', 'paid');
CREATE INDEX order_items_book_idx ON order_items (book_id);

-- 12 publishers (fictional), two with a 1x1 PNG logo
INSERT INTO publishers (id, name, city, founded, website, logo) VALUES
    (1, 'Harbor Lane Press', 'Boston', 1921, 'https://harborlane.example.com', X'89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C63E88ED206000284011193E3E2EB0000000049454E44AE426082'),
    (2, 'Blue Finch Books', 'London', 1958, 'https://bluefinch.example.org', NULL),
    (3, 'Nordlicht Verlag', 'Hamburg', 1949, 'https://nordlicht.example.net', NULL),
    (4, 'Éditions du Pont', 'Lyon', 1903, NULL, NULL),
    (5, 'Tidewater & Sons', 'Baltimore', 1887, 'https://tidewater.example.com', X'89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C63E88ED206000284011193E3E2EB0000000049454E44AE426082'),
    (6, 'Casa Verde Editorial', 'Barcelona', 1972, 'https://casaverde.example.org', NULL),
    (7, 'Kestrel House', 'Toronto', 1990, 'https://kestrel.example.com', NULL),
    (8, 'Sakura Shobō', 'Osaka', 1966, NULL, NULL),
    (9, 'Lantern Street Publishing', 'Dublin', 2004, 'https://lanternstreet.example.net', NULL),
    (10, 'Meridian Academic', 'Oxford', 1931, 'https://meridian.example.org', NULL),
    (11, 'Small Hours Press', 'Portland', 2012, NULL, NULL),
    (12, 'Fjellstad Forlag', 'Bergen', 1899, 'https://fjellstad.example.com', NULL);

INSERT INTO genres (id, name, parent_id) VALUES
    (1, 'Fiction', NULL), (2, 'Non-fiction', NULL), (3, 'Children', NULL),
    (4, 'Mystery', 1), (5, 'Science Fiction', 1), (6, 'Fantasy', 1), (7, 'Romance', 1),
    (8, 'Historical Fiction', 1), (9, 'Literary Fiction', 1),
    (10, 'Biography', 2), (11, 'History', 2), (12, 'Science', 2), (13, 'Cooking', 2),
    (14, 'Travel', 2), (15, 'Self-help', 2),
    (16, 'Picture Books', 3), (17, 'Young Adult', 3);

-- 150 authors: 24 first x 24 last names, every pair distinct, some without a birth date
INSERT INTO authors (id, first_name, last_name, birth_date, country, bio)
WITH RECURSIVE
    seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 150),
    fn(k, v) AS (SELECT key, value FROM json_each('["Ada","Bruno","Clara","Dmitri","Elena","Farid","Grace","Hiro","Ingrid","Jonas","Kamala","Liam","Marta","Nikolai","Olivia","Pablo","Quinn","Rosa","Samuel","Tomoko","Ulrich","Valeria","Wen","Yusuf"]')),
    ln(k, v) AS (SELECT key, value FROM json_each('["Abbott","Bergström","Castillo","Dubois","Eriksen","Fontaine","García","Hoffmann","Ivanova","Jensen","Kowalski","Lindqvist","Moreau","Nakamura","O''Brien","Petrov","Quispe","Rossi","Schmidt","Tanaka","Umarov","Villanueva","Weber","Zhang"]')),
    co(k, v) AS (SELECT key, value FROM json_each('["United States","United Kingdom","Germany","France","Spain","Japan","Canada","Ireland","Norway","Mexico","Nigeria","India"]'))
SELECT i, fn.v, ln.v,
       CASE WHEN i % 11 = 0 THEN NULL ELSE date('1940-01-01', '+' || ((i * 2617) % 21000) || ' days') END,
       co.v,
       CASE WHEN i % 4 = 0 THEN fn.v || ' ' || ln.v || ' lives in ' || co.v || '.' END
FROM seq
JOIN fn ON fn.k = (i - 1) % 24
JOIN ln ON ln.k = ((i - 1) / 24 * 7 + (i - 1)) % 24
JOIN co ON co.k = (i * 5) % 12;

-- 500 books with valid ISBN-13 check digits, a few self-published (no publisher) or unrated
INSERT INTO books (id, isbn, title, author_id, publisher_id, published_on, pages, price, rating, in_print, cover_thumb)
WITH RECURSIVE
    seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 500),
    adj(k, v) AS (SELECT key, value FROM json_each('["Silent","Hidden","Crimson","Last","Broken","Golden","Winter","Distant","Secret","Quiet","Burning","Lost","Glass","Iron","Paper","Midnight"]')),
    noun(k, v) AS (SELECT key, value FROM json_each('["River","Garden","Lantern","Harbor","Mirror","Orchard","Letter","Tower","Island","Bridge","Candle","Forest","Clock","Window","Map","Storm"]')),
    place(k, v) AS (SELECT key, value FROM json_each('["Avalon","the North","Lisbon","the Delta","Kyoto","the Steppe","Marrakesh","the Fjords","Havana","Patagonia","Tallinn","the Moon"]')),
    b(i, s, title) AS (
        SELECT i, '9780' || printf('%08d', i * 104729),
               CASE i % 4
                   WHEN 0 THEN 'The ' || adj.v || ' ' || noun.v
                   WHEN 1 THEN noun.v || 's of ' || place.v
                   WHEN 2 THEN adj.v || ' ' || noun.v || 's'
                   ELSE 'The ' || noun.v || ' of ' || place.v
               END
        FROM seq
        JOIN adj ON adj.k = (i / 4 * 7 + i) % 16
        JOIN noun ON noun.k = (i / 4 + i / 64 * 5 + i * 3) % 16
        JOIN place ON place.k = (i / 4 * 5 + i / 48 + i) % 12)
SELECT i,
       s || ((10 - (substr(s, 1, 1) + 3 * substr(s, 2, 1) + substr(s, 3, 1) + 3 * substr(s, 4, 1)
                  + substr(s, 5, 1) + 3 * substr(s, 6, 1) + substr(s, 7, 1) + 3 * substr(s, 8, 1)
                  + substr(s, 9, 1) + 3 * substr(s, 10, 1) + substr(s, 11, 1) + 3 * substr(s, 12, 1)) % 10) % 10),
       title,
       (i * 37) % 150 + 1,
       CASE WHEN i % 50 = 0 THEN NULL ELSE (i * 7 + i / 12) % 12 + 1 END,
       date('1995-01-01', '+' || ((i * 4099) % 10950) || ' days'),
       120 + (i * 53) % 700,
       round((i * 7) % 30 + 6 - CASE i % 3 WHEN 0 THEN 0.01 WHEN 1 THEN 0.05 ELSE 0.51 END, 2),
       CASE WHEN i % 17 = 0 THEN NULL ELSE round(2.5 + ((i * 31) % 26) / 10.0, 1) END,
       i % 9 <> 0,
       CASE WHEN i % 25 = 0 THEN X'89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C63E88ED206000284011193E3E2EB0000000049454E44AE426082' END
FROM b;

-- every book in one leaf genre, two thirds of them in a second one
INSERT INTO book_genres (book_id, genre_id)
SELECT id, 4 + id % 14 FROM books
UNION ALL
SELECT id, 4 + (5 * id + 3) % 14 FROM books WHERE id % 3 <> 0;

-- 300 customers, the last 20 never ordered
INSERT INTO customers (id, email, first_name, last_name, city, country, created_at, newsletter)
WITH RECURSIVE
    seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 300),
    fn(k, v) AS (SELECT key, value FROM json_each('["Amira","Ben","Chloé","David","Emma","Felix","Gabriela","Hannah","Isaac","Julia","Kenji","Laura","Mohammed","Nora","Oscar","Priya","Rafael","Sofia","Thomas","Uma","Victor","Wanda","Xavier","Zoe"]')),
    ln(k, v) AS (SELECT key, value FROM json_each('["Adams","Becker","Chen","Diaz","Evans","Fischer","Gupta","Hughes","Ito","Jones","Klein","Lopez","Müller","Nguyen","Okafor","Park","Quinn","Reyes","Singh","Taylor","Usman","Vogel","Walsh","Young"]')),
    ci(k, city, country) AS (SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each('[["Seattle","United States"],["Chicago","United States"],["Manchester","United Kingdom"],["Leeds","United Kingdom"],["Berlin","Germany"],["Munich","Germany"],["Paris","France"],["Madrid","Spain"],["Tokyo","Japan"],["Montréal","Canada"],["Cork","Ireland"],["Oslo","Norway"]]'))
SELECT i,
       replace(replace(lower(fn.v || '.' || ln.v), 'ü', 'ue'), 'é', 'e') || i || '@example.' || CASE i % 3 WHEN 0 THEN 'com' WHEN 1 THEN 'org' ELSE 'net' END,
       fn.v, ln.v,
       CASE WHEN i % 13 = 0 THEN NULL ELSE ci.city END,
       ci.country,
       datetime('2021-01-01 08:00:00', '+' || ((i * 2203) % 700) || ' days', '+' || ((i * 3571) % 43200) || ' seconds'),
       i % 3 = 0
FROM seq
JOIN fn ON fn.k = (i * 7) % 24
JOIN ln ON ln.k = (i * 11 + i / 24) % 24
JOIN ci ON ci.k = (i * 5 + i / 12) % 12;

-- 1,200 orders over 2023-2024, ids in date order, the newest are still open
INSERT INTO orders (id, customer_id, ordered_at, status, shipping)
WITH RECURSIVE seq(o) AS (SELECT 1 UNION ALL SELECT o + 1 FROM seq WHERE o < 1200)
SELECT o,
       (o * 7 + o / 13) % 280 + 1,
       datetime('2023-01-01 08:00:00', '+' || (o * 730 / 1200) || ' days', '+' || ((o * 4649) % 43200) || ' seconds'),
       CASE WHEN o % 29 = 0 THEN 'cancelled'
            WHEN o > 1190 THEN 'pending'
            WHEN o > 1180 THEN 'paid'
            WHEN o > 1165 THEN 'shipped'
            ELSE 'delivered' END,
       CASE WHEN o % 4 = 0 THEN 0 ELSE 3.95 END
FROM seq;

-- 1 to 4 lines per order, never the same book twice in one order, every tenth order at 10 % off
INSERT INTO order_items (order_id, line, book_id, quantity, unit_price)
WITH RECURSIVE lines(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM lines WHERE n < 4)
SELECT o.id, lines.n, b.id,
       CASE WHEN (o.id + lines.n) % 11 = 0 THEN 3 WHEN (o.id + lines.n) % 5 = 0 THEN 2 ELSE 1 END,
       CASE WHEN o.id % 10 = 0 THEN round(b.price * 0.9, 2) ELSE b.price END
FROM orders AS o
JOIN lines ON lines.n <= 1 + (o.id * 5 + o.id / 7) % 4
JOIN books AS b ON b.id = (o.id * 31 + lines.n * 97) % 500 + 1
ORDER BY o.id, lines.n;

CREATE VIEW order_totals AS
SELECT o.id AS order_id,
       o.customer_id,
       c.first_name || ' ' || c.last_name AS customer,
       o.ordered_at,
       o.status,
       count(i.line) AS lines,
       coalesce(sum(i.quantity), 0) AS copies,
       round(coalesce(sum(i.quantity * i.unit_price), 0), 2) AS subtotal,
       o.shipping,
       round(coalesce(sum(i.quantity * i.unit_price), 0) + o.shipping, 2) AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
LEFT JOIN order_items AS i ON i.order_id = o.id
GROUP BY o.id;

CREATE VIEW book_sales AS
SELECT b.id AS book_id,
       b.title,
       a.first_name || ' ' || a.last_name AS author,
       count(DISTINCT i.order_id) AS orders,
       coalesce(sum(i.quantity), 0) AS copies,
       round(coalesce(sum(i.quantity * i.unit_price), 0), 2) AS revenue
FROM books AS b
JOIN authors AS a ON a.id = b.author_id
LEFT JOIN order_items AS i ON i.book_id = b.id
    AND i.order_id IN (SELECT id FROM orders WHERE status <> 'cancelled')
GROUP BY b.id;

COMMIT;
