"""A mail server for tests: accepts every message on 127.0.0.1 and writes each, as received, to a folder (one .eml file each).
A recipient whose address starts with "refuse" is refused (550), so that tests can see a delivery fail."""
import asyncio
import os
import sys
import uuid

from aiosmtpd.smtp import SMTP


class FolderSink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("refuse"):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, uuid.uuid4().hex)
        with open(name + ".part", "wb") as file:
            file.write(envelope.original_content)
        os.rename(name + ".part", name + ".eml")
        return "250 Message accepted for delivery"


async def serve(port, folder):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(FolderSink(folder)), "127.0.0.1", port)
    async with server:
        await server.serve_forever()


asyncio.run(serve(int(sys.argv[1]), sys.argv[2]))
