#!/bin/sh
# docker-compose.yml: the PostgreSQL image runs this once, when it creates its data directory
# (/docker-entrypoint-initdb.d). It is the partner database's setup step, /samenspel/database-setup.sql
# (subgraphs/<partner>/database-setup.sql), run as the superuser with the two roles' passwords.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v migrator_password="$SAMENSPEL_MIGRATOR_PASSWORD" -v app_password="$SAMENSPEL_APP_PASSWORD" \
  -f /samenspel/database-setup.sql
