# A tiny web framework: route decorators with typed path parameters, middleware and error handling.
import functools


class HTTPError(Exception):
    def __init__(self, status, message):
        super().__init__(f"{status} {message}")
        self.status = status


class Request:
    def __init__(self, method, url, body=None):
        self.method = method
        path, _, query = url.partition("?")
        self.path = path
        self.query = dict(p.split("=", 1) if "=" in p else (p, "") for p in query.split("&") if p)
        self.body = body
        self.user = None


CONVERTERS = {"int": int, "str": str, "slug": lambda s: s if s.replace("-", "").isalnum() else int("x")}


class App:
    def __init__(self):
        self.routes = []
        self.middleware = []

    def route(self, pattern, methods=("GET",)):
        parts = []
        for seg in pattern.strip("/").split("/"):
            if seg.startswith("<") and seg.endswith(">"):
                conv, _, name = seg[1:-1].rpartition(":")
                parts.append((name, CONVERTERS[conv or "str"]))
            else:
                parts.append(seg)

        def register(handler):
            self.routes.append((parts, set(methods), handler))
            return handler
        return register

    def use(self, mw):
        self.middleware.append(mw)
        return mw

    def match(self, req):
        segs = req.path.strip("/").split("/")
        allowed = set()
        for parts, methods, handler in self.routes:
            if len(parts) != len(segs):
                continue
            params = {}
            for part, seg in zip(parts, segs):
                if isinstance(part, str):
                    if part != seg:
                        break
                else:
                    name, conv = part
                    try:
                        params[name] = conv(seg)
                    except ValueError:
                        break
            else:
                if req.method in methods:
                    return handler, params
                allowed |= methods
        if allowed:
            raise HTTPError(405, f"method not allowed (allow: {', '.join(sorted(allowed))})")
        raise HTTPError(404, f"no route for {req.path}")

    def handle(self, req):
        def endpoint(r):
            handler, params = self.match(r)
            return handler(r, **params)
        chain = endpoint
        for mw in reversed(self.middleware):
            chain = functools.partial(mw, nxt=chain)
        try:
            return 200, chain(req)
        except HTTPError as e:
            return e.status, str(e)
        except Exception as e:
            return 500, f"internal error: {type(e).__name__}: {e}"


app = App()
USERS = {1: "ann", 2: "bob"}
POSTS = {"hello-world": "Hi!", "second": "More"}
log = []


@app.use
def logger(req, nxt):
    log.append(f"{req.method} {req.path}")
    return nxt(req)


@app.use
def auth(req, nxt):
    token = req.query.get("token")
    if req.method != "GET" and token != "s3cret":
        raise HTTPError(401, "unauthorized")
    req.user = "admin" if token else None
    return nxt(req)


@app.route("/")
def index(req):
    return "home"


@app.route("/users/<int:uid>")
def user(req, uid):
    if uid not in USERS:
        raise HTTPError(404, f"user {uid} not found")
    return {"id": uid, "name": USERS[uid]}


@app.route("/users/<int:uid>", methods=("DELETE",))
def delete_user(req, uid):
    return f"deleted {USERS.pop(uid)} by {req.user}"


@app.route("/posts/<slug:slug>")
def post(req, slug):
    return POSTS[slug]


@app.route("/posts/<slug>/edit", methods=("POST", "PUT"))
def edit(req, slug):
    POSTS[slug] = req.body
    return f"saved {slug} ({len(req.body)} chars)"


for method, url, body in [("GET", "/", None), ("GET", "/users/2", None), ("GET", "/users/9", None),
                          ("GET", "/users/abc", None), ("DELETE", "/users/1", None),
                          ("DELETE", "/users/1?token=s3cret", None), ("GET", "/users/1", None),
                          ("PATCH", "/users/2", None), ("PATCH", "/users/2?token=s3cret", None),
                          ("GET", "/posts/hello-world?x=1&y", None),
                          ("GET", "/posts/bad!slug", None), ("GET", "/posts/missing", None),
                          ("PUT", "/posts/new/edit?token=s3cret", "fresh text"), ("GET", "/posts/new", None)]:
    status, body_out = app.handle(Request(method, url, body))
    print(f"{method:<6} {url:<32} {status} {body_out!r}")
print(len(log), log[-3:])
print(Request("GET", "/a?x=1&y=&z").query)
