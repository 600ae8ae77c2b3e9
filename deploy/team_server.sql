-- Toestemming team server: one-time set-up by the database administrator (DBA).
--
-- Run as a PostgreSQL superuser (PostgreSQL 15 or newer), for example on the server itself:
--
--     sudo -u postgres psql -v db=toestemming -f team_server.sql
--
-- `-v db=NAME` chooses the database name (default: toestemming). The script may be run again:
-- what exists is left as it is, the rights are set again. It creates no schema or table; the
-- app does that with ONE command afterwards (docs/TEAM_SERVER.md):
--
--     toestemming-cli team-setup --server "postgresql://toestemming_admin@SERVER:5432/toestemming?sslmode=verify-full&sslrootcert=ca.crt" \
--         --organisation "RMC Regio West" --worker anna
--
-- Then give the administrator a password (never in this file, never on a command line):
--
--     sudo -u postgres psql -c '\password toestemming_admin'
--
-- Roles made here:
--   toestemming_admin  LOGIN. Owns the database and the app's schema; used only for set-up,
--                      adding and removing workers (toestemming-cli team-worker) and erasure
--                      at the end of the retention period. Not a superuser.
--   toestemming_app    NOLOGIN group. Every worker's login role is a member; the app's schema
--                      grants its rights (read, add; never change or delete the log) to it.
--   toestemming_cert   NOLOGIN group. Members log in with a client certificate (CN = role
--                      name) instead of a password: see the pg_hba.conf lines below.
--
-- ----------------------------------------------------------------------------------------
-- postgresql.conf (TLS on; the server's certificate and key from your CA):
--
--     listen_addresses = '*'                 # or the server's own address only
--     ssl = on
--     ssl_cert_file = '/etc/postgresql/ssl/server.crt'
--     ssl_key_file = '/etc/postgresql/ssl/server.key'
--     ssl_ca_file = '/etc/postgresql/ssl/ca.crt'   # the CA that signs workers' certificates
--     ssl_min_protocol_version = 'TLSv1.2'
--     password_encryption = 'scram-sha-256'
--
-- pg_hba.conf (first matching line wins; put these ABOVE any other host line). Replace
-- 10.0.0.0/8 by the network the workers' computers are in:
--
--     # TYPE     DATABASE     USER               ADDRESS      METHOD
--     local      all          postgres                        peer
--     hostssl    toestemming  +toestemming_cert  10.0.0.0/8   cert
--     hostssl    toestemming  all                10.0.0.0/8   scram-sha-256
--     hostnossl  all          all                0.0.0.0/0    reject
--     hostnossl  all          all                ::/0         reject
--
-- After editing: `SELECT pg_reload_conf();` (ssl = on needs a restart the first time).
-- Workers connect with sslmode=verify-full and the CA file: the app checks the server's
-- certificate against the CA and the server name; a connection without TLS is refused.
-- Backups: pg_dump or pgBackRest as for any other database. Everything in this database is
-- readable in plain text by anyone with superuser rights or the files: see TEAM_SERVER.md.
-- ----------------------------------------------------------------------------------------

\set ON_ERROR_STOP on
\if :{?db}
\else
  \set db toestemming
\endif

SELECT current_setting('server_version_num')::int >= 150000 AS version_ok \gset
\if :version_ok
\else
  \echo 'Toestemming needs PostgreSQL 15 or newer.'
  \quit
\endif

-- Roles (cluster-wide). Created only when missing; their attributes are set every time.
SELECT 'CREATE ROLE toestemming_admin'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'toestemming_admin') \gexec
SELECT 'CREATE ROLE toestemming_app'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'toestemming_app') \gexec
SELECT 'CREATE ROLE toestemming_cert'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'toestemming_cert') \gexec

-- The admin makes and removes workers' roles (CREATEROLE) and ends a removed worker's open
-- sessions (pg_signal_backend), but is no superuser, makes no databases, does not bypass
-- row-level security and cannot replicate.
ALTER ROLE toestemming_admin LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS
  CONNECTION LIMIT 10;
ALTER ROLE toestemming_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE toestemming_cert NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
GRANT pg_signal_backend TO toestemming_admin;
-- From PostgreSQL 16 on CREATEROLE alone no longer lets the admin hand out membership of the
-- two groups: it needs ADMIN OPTION, without using the group's rights itself.
SELECT format('GRANT %I TO toestemming_admin WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', g)
  FROM unnest(ARRAY['toestemming_app', 'toestemming_cert']) AS g
 WHERE current_setting('server_version_num')::int >= 160000 \gexec

-- The database, owned by the admin (so the app's schema can be made by it, not by a superuser).
SELECT format('CREATE DATABASE %I OWNER toestemming_admin ENCODING %L TEMPLATE template0',
              :'db', 'UTF8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO toestemming_admin;

-- Nobody but the workers' group (and the admin, its owner) may connect; nobody may make
-- temporary tables there.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO toestemming_app;

\connect :"db"
-- The public schema is nobody's workspace: no role can create objects in it.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

\echo 'Klaar: rollen en database staan. Geef toestemming_admin een wachtwoord en voer toestemming-cli team-setup uit.'
