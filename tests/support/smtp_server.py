#!/usr/bin/python3
"""A throw-away SMTP server on loopback for tst_smtpclient, built on aiosmtpd (python3-aiosmtpd).

It keeps every message it accepts as two files in --maildir: NNNN.eml (the bytes as received,
after the server has undone the dot-stuffing) and NNNN.json (envelope, connection number, login
mechanism, whether the RCPT TO had already arrived when MAIL FROM was read). Switches make it
misbehave the ways a client must survive. It listens on the given port (0: any free one) and
prints "ready PORT" on stdout once it accepts connections; the test stops it with SIGTERM.

Run with /usr/bin/python3: aiosmtpd is a Debian package and another python3 may not see it.
"""

import argparse
import asyncio
import fnmatch
import json
import os
import signal
import ssl
import sys

try:
    from aiosmtpd.smtp import SMTP, AuthResult
except ImportError:
    print("aiosmtpd is missing: apt-get install python3-aiosmtpd", file=sys.stderr, flush=True)
    sys.exit(3)


class State:
    """What the whole server shares across connections."""

    def __init__(self, args):
        self.args = args
        self.connections = 0
        # A server started again on the same maildir goes on numbering after the files there.
        self.messages = len([n for n in os.listdir(args.maildir) if n.endswith(".eml")])
        self.drops_left = args.drop_in_data
        self.rejects = []
        for spec in args.reject_rcpt or []:
            pattern, _, code = spec.rpartition(":")
            self.rejects.append((pattern, int(code)))


class Handler:
    def __init__(self, state):
        self.state = state

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.state.args.no_pipelining:
            return responses
        # aiosmtpd reads one command line at a time, so a pipelined group works; it just does
        # not say so. The capability goes before the last line ("250 HELP").
        return responses[:-1] + ["250-PIPELINING"] + responses[-1:]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        for pattern, code in self.state.rejects:
            if fnmatch.fnmatch(address, pattern):
                klass = code // 100
                # Two lines, so that the client has to join a multi-line reply.
                return (f"{code}-{klass}.1.1 <{address}>: refused by the test server\r\n"
                        f"{code} {klass}.1.1 second line of the refusal")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        state = self.state
        if state.args.delay_ms:
            await asyncio.sleep(state.args.delay_ms / 1000)
        state.messages += 1
        base = os.path.join(state.args.maildir, "%04d" % state.messages)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "connection": server.connection_number,
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "auth_mechanism": getattr(session, "tc_mechanism", None),
            "auth_login": session.auth_data.login.decode() if session.auth_data else None,
            "pipelined": getattr(server, "tc_pipelined", None),
        }
        # Written under a temporary name and renamed: a reader never sees half a file.
        for suffix, data in ((".eml", envelope.original_content),
                             (".json", json.dumps(meta).encode())):
            with open(base + suffix + ".tmp", "wb") as f:
                f.write(data)
            os.rename(base + suffix + ".tmp", base + suffix)
        return "250 2.0.0 Ok: queued as %04d" % state.messages


class TestSMTP(SMTP):
    """aiosmtpd's server with the test's switches."""

    def __init__(self, handler, state, **kwargs):
        super().__init__(handler, **kwargs)
        self.state = state
        state.connections += 1
        self.connection_number = state.connections

    async def push(self, status):
        if not self.state.args.split_replies:
            return await super().push(status)
        # A few bytes at a time, so that replies (and the lines of multi-line replies) arrive
        # split across reads.
        data = (status.encode() if isinstance(status, str) else status) + b"\r\n"
        for i in range(0, len(data), 5):
            self._writer.write(data[i:i + 5])
            await self._writer.drain()
            await asyncio.sleep(0.001)

    async def smtp_MAIL(self, arg):
        # A pipelining client has sent RCPT TO with MAIL FROM; a waiting one has not.
        self.tc_pipelined = b"RCPT" in bytes(self._reader._buffer)
        return await super().smtp_MAIL(arg)

    async def smtp_DATA(self, arg):
        if self.state.drops_left <= 0 or not self.envelope.rcpt_tos:
            return await super().smtp_DATA(arg)
        self.state.drops_left -= 1
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        await self._reader.readuntil(b"\r\n")  # the first line of the message, then hang up
        self.transport.abort()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--auth", help="USER:PASSWORD, then required before MAIL")
    parser.add_argument("--auth-mechanisms", default="PLAIN,LOGIN")
    parser.add_argument("--reject-rcpt", action="append", help="GLOB:CODE, e.g. *bad*:550")
    parser.add_argument("--drop-in-data", type=int, default=0, metavar="N")
    parser.add_argument("--no-pipelining", action="store_true")
    parser.add_argument("--split-replies", action="store_true")
    parser.add_argument("--delay-ms", type=int, default=0, help="wait this long before accepting each message")
    args = parser.parse_args()
    os.makedirs(args.maildir, exist_ok=True)

    context = None
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)

    state = State(args)
    kwargs = {"hostname": "smtp.test", "enable_SMTPUTF8": True}
    if context and not args.implicit_tls:
        kwargs.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, _, password = args.auth.partition(":")

        def authenticator(server, session, envelope, mechanism, auth_data):
            if auth_data.login.decode() == user and auth_data.password.decode() == password:
                session.tc_mechanism = mechanism
                return AuthResult(success=True, auth_data=auth_data)
            # handled=False: aiosmtpd answers 535 itself (handled=True would leave the client waiting).
            return AuthResult(success=False, handled=False)

        offered = set(args.auth_mechanisms.split(","))
        # aiosmtpd only counts STARTTLS as encryption; with implicit TLS the whole connection is.
        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=not args.implicit_tls,
                      auth_exclude_mechanism=[m for m in ("PLAIN", "LOGIN") if m not in offered])

    handler = Handler(state)
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(
        lambda: TestSMTP(handler, state, loop=loop, **kwargs), "127.0.0.1", args.port,
        ssl=context if args.implicit_tls else None))
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    print("ready %d" % server.sockets[0].getsockname()[1], flush=True)
    loop.run_forever()


if __name__ == "__main__":
    main()
