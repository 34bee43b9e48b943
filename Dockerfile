# Napier, one replica: the bot process and its worker processes.
#   docker build -t napier .
#   docker run --env-file .env -p 8080:8080 napier
# The Japanese font (IPAexGothic) comes inside the image with matplotlib-fontja; the build
# fails if it is missing. The image runs as an unprivileged user and writes only to /data.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
COPY bot ./bot
COPY slack ./slack
RUN python -m venv /opt/napier \
    && /opt/napier/bin/pip install '.[all]' \
    && /opt/napier/bin/python -c "import matplotlib_fontja, pathlib; \
p = pathlib.Path(matplotlib_fontja.__file__).parent / 'fonts' / 'ipaexg.ttf'; \
assert p.stat().st_size > 1_000_000, p"

FROM python:3.11-slim-bookworm
# tini reaps the worker processes and forwards SIGTERM for a graceful stop.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data --create-home napier
COPY --from=build /opt/napier /opt/napier
ENV PATH=/opt/napier/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    NAPIER_DATA_DIR=/data \
    NAPIER_HTTP_HOST=0.0.0.0 \
    NAPIER_HTTP_PORT=8080 \
    NAPIER_LOG_FORMAT=json
USER napier
WORKDIR /data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD python -c "import sys, urllib.request; \
sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status != 200)"
ENTRYPOINT ["tini", "--", "python", "-m", "bot"]
