"""Runs the official CLI (tccli, international edition) over plain HTTP.

tccli always speaks HTTPS; the emulator serves HTTP on loopback. This shim changes only the
scheme of the CLI's HTTP profile, then hands over to tccli's own entry point: signing,
parameters and error output stay the CLI's.
"""
import sys

from tencentcloud.common.profile import http_profile

_init = http_profile.HttpProfile.__init__


def _http(self, protocol=None, *args, **kwargs):
    _init(self, "http", *args, **kwargs)


http_profile.HttpProfile.__init__ = _http

from tccli.main import main  # noqa: E402  (after the patch, on purpose)

sys.exit(main())
