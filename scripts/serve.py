#!/usr/bin/env python3
"""Serves the repository root on 127.0.0.1 with the right type for .wasm."""
import argparse
import functools
import http.server
import os

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
parser.add_argument("--dir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
args = parser.parse_args()

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".json": "application/json"}

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *a):
        pass

handler = functools.partial(Handler, directory=os.path.abspath(args.dir))
with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as httpd:
    print(f"rmp-viewer on http://127.0.0.1:{args.port}/", flush=True)
    httpd.serve_forever()
