# An exception raised in a finally block while another propagates: the finally exception is the one reported.
def close_all(handles):
    closed = []
    try:
        for h in handles:
            if h is None:
                raise ValueError("bad handle")
            closed.append(h)
    finally:
        print("closed", closed)
        if len(closed) < len(handles):
            raise RuntimeError(f"only closed {len(closed)} of {len(handles)}")


close_all(["a", "b"])
try:
    close_all(["a", None])
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
close_all(["x", "y", None, "z"])
