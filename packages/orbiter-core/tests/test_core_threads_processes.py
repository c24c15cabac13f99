    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
O    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
Q    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
L    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
P    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
Q    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
L    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
#    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
U    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
;    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
#    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
W    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
I    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
A    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
C    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
Q    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
L    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
Q    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
L    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
A    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
0    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
{    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
}    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
-    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
{    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
}    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
k    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
x    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
C    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
+    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
1    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
v    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
1    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
v    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
2    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
v    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
3    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
U    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
2    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
5    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
P    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
-    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
>    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
/    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
P    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
x    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
-    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
W    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
I    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
U    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
P    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
I    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
P    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
P    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
I    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
P    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
x    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
1    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
2    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
0    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
0    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
Q    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
L    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
2    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
*    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
U    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
4    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
*    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
U    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
#    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
E    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
v    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
y    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
'    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
x    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
z    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
x    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
2    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
x    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
1    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
2    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
T    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
k    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
k    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
b    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
:    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
k    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
k    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
_    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
k    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
{    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
}    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
-    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
{    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
m    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
}    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
-    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
{    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
}    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
"    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
U    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
#    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
w    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
h    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
p    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
v    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
d    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
[    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
f    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
u    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
]    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
=    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
i    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
a    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
n    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
g    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
0    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
4    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
*    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
R    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
U    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
N    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
S    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
,    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
2    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
     procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
t    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
r    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
.    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
c    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
l    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
o    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
s    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
e    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
(    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
)    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()

    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", WRITER, str(path), name, str(RUNS),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for proc in procs:
        _out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()
