# accounts service image: `docker compose up` runs it beside PostgreSQL and Redis.
FROM python:3.11-slim AS build
WORKDIR /src
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY pyproject.toml constraints.txt README.md alembic.ini ./
COPY service ./service
COPY migrations ./migrations
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install -c constraints.txt .

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin accounts \
    && mkdir -p /app/media && chown -R accounts /app
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
USER accounts
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status == 200 else 1)"]
CMD ["accounts", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
