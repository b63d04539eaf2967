-- Run once by the postgres image when its volume is new: the two roles claimtrail uses (see "Database
-- roles" in the README). Migrations run as the owner; the API and the workers connect as the app role,
-- which may read and write data but never alter the schema or rewrite the audit trail.
CREATE ROLE claimtrail_owner LOGIN PASSWORD 'owner-change-me';
CREATE ROLE claimtrail_app LOGIN PASSWORD 'app-change-me';
CREATE DATABASE claimtrail OWNER claimtrail_owner;
