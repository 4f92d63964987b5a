# ScanPay Kiosk. Two commands on a fresh Debian 12 / Ubuntu 22.04+ machine:
#
#   make demo   installs what is missing, builds, and runs the kiosk against
#               the sandbox gateway and a virtual receipt printer
#   make test   installs what is missing and runs every check and test (CI)
#
# The work is in scripts/ so each step can also be run by hand.

.PHONY: demo test bootstrap ui app clean-demo

demo:
	scripts/demo.sh

test:
	scripts/test.sh

# The pieces, for development.
bootstrap:
	scripts/bootstrap.sh

ui: bootstrap
	cd ui && npm run build

app: ui
	cargo build -p scanpay-kiosk -p kioskctl

clean-demo:
	rm -rf .demo
