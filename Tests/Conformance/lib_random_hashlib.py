# The host random.py over _random (Random instances, str/float seeds, state) and hashlib over OpenSSL digests.
import random, hashlib
random.seed(5); print(random.random(), random.randint(1,100), random.choice("abc"))
random.seed("experiment-1"); print([random.randint(1, 100) for _ in range(5)])
random.seed(6.5); print(random.random())
r = random.Random(42); print(r.random(), r.choices("ab", k=3), r.gauss(0, 1), r.expovariate(2.0), r.triangular())
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"x").hexdigest(), hashlib.sha512(b"").digest()[:4])
h = hashlib.sha1(); h.update(b"a"); h.update(b"b"); print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.shake_128(b"x").hexdigest(8), hashlib.new("sha3_256", b"q").hexdigest()[:16], hashlib.blake2b(b"z").hexdigest()[:16])
import hmac; print(hmac.new(b"k", b"m", "sha256").hexdigest())
try: random.random(5)
except TypeError as e: print(e)
