#!/usr/bin/env python3
"""Parses e-mail messages with Python's own MIME parser (the email package) and prints, as one JSON
array, what a mail program would show of each: decoded headers and the text and HTML bodies.

Usage: parse_mail.py FILE...
"""
import email
import email.policy
import json
import sys


def describe(path):
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    parts = {}
    for part in message.walk():
        if part.is_multipart():
            continue
        parts[part.get_content_type()] = {
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
            "content": part.get_content().replace("\r\n", "\n"),
        }
    sender = message["From"].addresses[0]
    recipient = message["To"].addresses[0]
    return {
        "defects": [type(d).__name__ for d in message.defects],
        "content_type": message.get_content_type(),
        "header_names": sorted({name.lower() for name in message.keys()}),
        "from_name": sender.display_name,
        "from_address": sender.addr_spec,
        "to_name": recipient.display_name,
        "to_address": recipient.addr_spec,
        "subject": str(message["Subject"]),
        "date": str(message["Date"]),
        "message_id": str(message["Message-ID"]),
        "parts": parts,
    }


print(json.dumps([describe(path) for path in sys.argv[1:]], ensure_ascii=False))
