# The two commands of the README: `make run` and `make test`. Everything else supports them.
# Each step leaves a stamp, so a second `make run` skips what has not changed.

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .make
MANAGE := $(BIN)/python manage.py
SCSS := $(shell find site/src -name '*.scss' -o -name '*.mjs')
PO_FILES := $(wildcard locale/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: run test lint check pytest-databases pytest-sqlite pytest-postgres pytest-redis pytest-browser assets messages lock clean

run: $(STAMPS)/base-installed assets messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) update_index
	PORT=$(PORT) bash scripts/dev-server.sh

test: $(STAMPS)/dev-installed assets messages lint check pytest-databases pytest-redis pytest-browser
	@echo "make test: every step passed"

# The suite on SQLite and on PostgreSQL at the same time (each run is one process, and CI has
# two cores), each run's output printed whole when it ends. What the two runs install is
# installed first, one at a time, as two package installs cannot run at once.
pytest-databases: $(STAMPS)/dev-installed assets messages
	@bash scripts/ensure-gettext.sh >/dev/null
	@bash scripts/ensure-postgres.sh >/dev/null || true
	@$(MAKE) --no-print-directory -j2 --output-sync=target pytest-sqlite pytest-postgres

lint: $(STAMPS)/dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

check: $(STAMPS)/dev-installed
	DJANGO_SETTINGS_MODULE=familyinfo.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=familyinfo.settings.test $(MANAGE) makemigrations --check --dry-run
	bash scripts/check-deploy.sh $(MANAGE)

pytest-sqlite: $(STAMPS)/dev-installed assets messages
	@bash scripts/ensure-gettext.sh >/dev/null
	env -u DATABASE_URL -u REDIS_URL $(BIN)/pytest -m "not browser and not redis"

pytest-postgres: $(STAMPS)/dev-installed assets messages
	@url=$$(bash scripts/ensure-postgres.sh) || exit 1; \
	if [ "$$url" = "skip" ]; then exit 0; fi; \
	echo "PostgreSQL: $$url"; \
	env -u REDIS_URL DATABASE_URL=$$url $(BIN)/pytest -m "not browser and not redis"

# Only the tests of the shared cache run against Redis (the rest use the in-memory cache).
pytest-redis: $(STAMPS)/dev-installed assets messages
	@url=$$(bash scripts/ensure-redis.sh) || exit 1; \
	if [ "$$url" = "skip" ]; then exit 0; fi; \
	echo "Redis: $$url"; \
	env -u DATABASE_URL REDIS_URL=$$url $(BIN)/pytest -m redis

pytest-browser: $(STAMPS)/dev-installed assets messages $(STAMPS)/node-installed
	@status=$$(bash scripts/ensure-chromium.sh) || exit 1; \
	if [ "$$status" = "skip" ]; then exit 0; fi; \
	env -u DATABASE_URL $(BIN)/pytest -m browser

assets: site/static/dist/css/site.css

site/static/dist/css/site.css: $(STAMPS)/node-installed $(SCSS)
	npm run --silent build

messages: $(MO_FILES)

locale/%.mo: locale/%.po $(STAMPS)/base-installed
	$(BIN)/python scripts/compile_messages.py $<

$(STAMPS)/base-installed: requirements/base.lock
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/base.lock
	touch $@

$(STAMPS)/dev-installed: requirements/dev.lock $(STAMPS)/base-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	touch $@

$(STAMPS)/node-installed: package-lock.json
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Re-pin every Python dependency after changing pyproject.toml.
lock: $(STAMPS)/dev-installed
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml -p 3.11 --quiet --no-header -o requirements/base.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev -p 3.11 --quiet --no-header -o requirements/dev.lock

clean:
	rm -rf $(VENV) $(STAMPS) node_modules site/static/dist staticfiles
