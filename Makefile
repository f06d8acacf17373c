# Linkway: `make run` sets everything up and starts both servers; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := run

APP_VENV := .venv
RASA_VENV := .venv-rasa
PY := $(APP_VENV)/bin/python
RASA := $(RASA_VENV)/bin/rasa
STAMPS := var/stamps
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DIRECTORY_FILE ?= data/directory/oxfordshire.json
APP_PORT ?= 8000
RASA_PORT ?= 5005
# Rasa handles every message on one event loop per process: two workers use both cores, sharing
# conversation locks (and chat rate limits) through Redis. Without Redis, one worker, locks in memory.
RASA_WORKERS ?= 2
LINKWAY_REDIS_URL ?= redis://127.0.0.1:6379/1
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

say = @printf '\n\033[1m==> %s\033[0m\n' "$(1)"

.PHONY: validate-dialogue test-dialogue migration run test lint install system-packages app-env rasa-env web-deps migrate import index train start unit integration clean

install: system-packages app-env rasa-env web-deps

system-packages: $(STAMPS)/system-packages
$(STAMPS)/system-packages:
	$(call say,Installing Debian packages (chromium and chromium-driver for browser tests))
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		$(SUDO) apt-get install -y -q chromium chromium-driver >/dev/null || \
		{ $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium chromium-driver >/dev/null; }; \
	fi
	@mkdir -p $(STAMPS) && touch $@

app-env: $(STAMPS)/app-env
$(STAMPS)/app-env: requirements.txt
	$(call say,Installing the app environment (Python 3.11; torch CPU build first))
	@test -x $(PY) || PYENV_VERSION=3.11.7 python3 -m venv $(APP_VENV) || python3.11 -m venv $(APP_VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q torch==2.13.0
	@$(PY) -m pip install -q -r requirements.txt
	@if $(PY) -m pip list 2>/dev/null | grep -qi nvidia; then echo "CUDA packages were pulled in: check the torch pin" >&2; exit 1; fi
	@mkdir -p $(STAMPS) && touch $@

rasa-env: $(STAMPS)/rasa-env
$(STAMPS)/rasa-env: assistant/requirements.txt
	$(call say,Installing the Rasa environment (Python 3.10, rasa 3.6.21))
	@test -x $(RASA_VENV)/bin/python || PYENV_VERSION=3.10.13 python -m venv $(RASA_VENV)
	@$(RASA_VENV)/bin/python -m pip install -q --upgrade pip
	@$(RASA_VENV)/bin/python -m pip install -q -r assistant/requirements.txt
	@mkdir -p $(STAMPS) && touch $@

web-deps: $(STAMPS)/web-deps
$(STAMPS)/web-deps: $(wildcard web/package-lock.json)
	$(call say,Installing the widget's front-end packages from npm)
	@if [ -f web/package-lock.json ]; then (cd web && npm ci --no-audit --no-fund --silent); fi
	@mkdir -p $(STAMPS) && touch $@

migrate: app-env
	$(call say,Applying database migrations)
	@$(PY) -m alembic upgrade head

import: migrate
	$(call say,Importing the directory $(DIRECTORY_FILE))
	@$(PY) -m index import $(DIRECTORY_FILE)

index: import
	$(call say,Building the embedding index (skipped when the directory is unchanged))
	@$(PY) -m index build

RASA_SOURCES := config.yml $(shell find assistant nlu -name '*.yml' -not -path 'assistant/tests/*' -o -name '*.py' -path 'assistant/*' 2>/dev/null)

train: var/models/linkway.tar.gz
var/models/linkway.tar.gz: $(STAMPS)/rasa-env $(RASA_SOURCES)
	$(call say,Training the Rasa model (its data or config changed))
	@PYTHONWARNINGS=ignore $(RASA) train --config config.yml --domain assistant/domain.yml --data nlu assistant/data \
		--out var/models --fixed-model-name linkway --quiet
	@touch $@

start:
	$(call say,Starting Rasa on :$(RASA_PORT) and the app on :$(APP_PORT) (Ctrl-C stops both))
	@trap 'kill 0' INT TERM EXIT; \
	if $(PY) -c "import redis; redis.Redis.from_url('$(LINKWAY_REDIS_URL)', socket_timeout=2).ping()" 2>/dev/null; then \
		export LINKWAY_LOCK_STORE_URL=$(LINKWAY_REDIS_URL) LINKWAY_REDIS_URL=$(LINKWAY_REDIS_URL) SANIC_WORKERS=$(RASA_WORKERS); \
	else \
		echo "Redis is not answering at $(LINKWAY_REDIS_URL): one Rasa worker, locks in memory"; \
	fi; \
	ACTION_ENDPOINT_URL=http://localhost:$(APP_PORT)/webhook LINKWAY_APP_URL=http://localhost:$(APP_PORT) \
	LINKWAY_TRACKER_STORE_URL=$${LINKWAY_TRACKER_STORE_URL:-sqlite:///var/rasa-tracker.db} $(RASA) run --enable-api --port $(RASA_PORT) \
		--credentials assistant/credentials.yml --endpoints assistant/endpoints.yml --model var/models/linkway.tar.gz \
		--cors "*" --log-file var/rasa.log >/dev/null 2>&1 & \
	LINKWAY_TRACKER_STORE_URL=$${LINKWAY_TRACKER_STORE_URL:-sqlite:///var/rasa-tracker.db} \
		$(PY) -m uvicorn api.main:app --host 0.0.0.0 --port $(APP_PORT) --log-level warning >>var/app.log 2>&1 & \
	for i in $$(seq 1 120); do \
		curl -fs localhost:$(APP_PORT)/ready >/dev/null && curl -fs localhost:$(RASA_PORT)/status >/dev/null && break; sleep 1; \
	done; \
	printf '\n\033[1mLinkway is running\033[0m\n'; \
	printf '  Resident widget:   http://localhost:$(APP_PORT)/\n'; \
	printf '  Browse services:   http://localhost:$(APP_PORT)/services\n'; \
	printf '  Link worker triage: http://localhost:$(APP_PORT)/triage\n'; \
	printf '  API docs:          http://localhost:$(APP_PORT)/docs\n'; \
	printf '  Rasa:              http://localhost:$(RASA_PORT)/status\n'; \
	printf '  Logs:              var/app.log, var/rasa.log\n'; \
	printf '\nCreate a link worker account:\n  echo "a-long-password" | $(PY) -m api users create --username alex --role link_worker --password-stdin\n\n'; \
	wait

run: install index train
	@$(MAKE) --no-print-directory start

lint: app-env
	$(call say,Linting (ruff, mypy))
	@$(APP_VENV)/bin/ruff check api actions index tests bench migrations
	@$(APP_VENV)/bin/ruff format --check api actions index tests bench migrations
	@$(APP_VENV)/bin/mypy api actions index

# Rasa 3.6 exits 0 on some of its own data warnings (an unused response, for one): any warning fails here.
validate-dialogue: rasa-env
	$(call say,Validating the Rasa data)
	@mkdir -p var && set -o pipefail && $(RASA) data validate --config config.yml \
		--domain assistant/domain.yml --data nlu assistant/data --fail-on-warnings 2>&1 | tee var/rasa-validate.log
	@if grep -qE "(UserWarning|FutureWarning):" var/rasa-validate.log; then echo "rasa data validate printed warnings (above)" >&2; exit 1; fi

test-dialogue: train
	$(call say,Running the conversation test stories)
	@PYTHONWARNINGS=ignore $(RASA) test core --model var/models/linkway.tar.gz --stories assistant/tests \
		--fail-on-prediction-errors --out var/rasa-test-results --quiet

test: install lint validate-dialogue test-dialogue
	$(call say,Running the tests)
	@$(PY) -m pytest -q tests
	$(call say,Running the triage tests again on SQLite (the referral store supports both))
	@env -u DATABASE_URL $(PY) -m pytest -q -p no:cacheprovider tests/unit/triage tests/browser/triage

clean:
	rm -rf var/index var/models var/stamps

# Regenerate the single initial migration from the models (before the first release only).
migration: app-env
	@rm -f migrations/versions/0001_initial.py var/migration-scratch.db
	@DATABASE_URL=sqlite:///var/migration-scratch.db $(PY) -m alembic revision --autogenerate --rev-id 0001 -m initial >/dev/null
	@rm -f var/migration-scratch.db
	@$(APP_VENV)/bin/ruff format -q migrations && $(APP_VENV)/bin/ruff check -q --fix migrations
	@echo "migrations/versions/0001_initial.py regenerated"
