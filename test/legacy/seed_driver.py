# Drives the seed's own ChatClient class (chat-cli.py, extracted from the seed at test time) against a
# server: stdin lines "NAME: command", one ChatClient (one TCP connection) per NAME. Each result is
# printed as "RESULT <json>" (the client prints its own debugging lines too).
import importlib.util
import json
import os
import sys

seed_dir, port = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, seed_dir)
spec = importlib.util.spec_from_file_location('chat_cli', os.path.join(seed_dir, 'chat-cli.py'))
chat_cli = importlib.util.module_from_spec(spec)
spec.loader.exec_module(chat_cli)
chat_cli.TARGET_PORT = port  # the client hard-codes 8889

clients = {}
for line in sys.stdin:
    name, _, command = line.rstrip('\n').partition(': ')
    if name not in clients:
        clients[name] = chat_cli.ChatClient()
    result = clients[name].proses(command)
    print('RESULT ' + json.dumps({'who': name, 'command': command, 'result': result}), flush=True)
