"""Test support: servers, browsers and the page-side recorder, shared by the tests and bench/."""
