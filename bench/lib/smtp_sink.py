#!/usr/bin/env python3
"""A minimal SMTP server for the outbox benchmark: accepts every message on 127.0.0.1, counts them
per recipient and writes the counts (received, distinct recipients, duplicates) to a file every
second and when it stops. Only the standard library; it stops by itself after --seconds."""
import argparse
import asyncio
import collections
import json
import signal
import time

received = collections.Counter()


async def session(reader, writer):
    writer.write(b"220 sink ready\r\n")
    recipients = []
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            command = line.decode("latin-1").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                writer.write(b"250-sink\r\n250 8BITMIME\r\n" if verb == "EHLO" else b"250 sink\r\n")
            elif verb == "MAIL":
                recipients = []
                writer.write(b"250 ok\r\n")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>").lower())
                writer.write(b"250 ok\r\n")
            elif verb == "DATA":
                writer.write(b"354 go on\r\n")
                await writer.drain()
                while True:
                    data = await reader.readline()
                    if not data or data == b".\r\n":
                        break
                for recipient in recipients:
                    received[recipient] += 1
                writer.write(b"250 queued\r\n")
            elif verb == "QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()
    finally:
        writer.close()


def write_counts(path):
    duplicates = sum(count - 1 for count in received.values() if count > 1)
    with open(path, "w") as out:
        json.dump({"received": sum(received.values()), "recipients": len(received), "duplicates": duplicates}, out)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--counts", required=True)
    parser.add_argument("--seconds", type=int, default=900)
    args = parser.parse_args()
    server = await asyncio.start_server(session, "127.0.0.1", args.port, backlog=256)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    deadline = time.monotonic() + args.seconds
    async with server:
        while not stop.is_set() and time.monotonic() < deadline:
            write_counts(args.counts)
            try:
                await asyncio.wait_for(stop.wait(), 1)
            except asyncio.TimeoutError:
                pass
    write_counts(args.counts)


asyncio.run(main())
