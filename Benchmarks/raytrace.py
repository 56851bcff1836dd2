# raytrace: a small Whitted-style ray tracer (spheres, a checkered plane, shadows, reflections)
# ci-size: 24
import math
import sys

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = float(x)
        self.y = float(y)
        self.z = float(z)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def modulate(self, other):
        # Component-wise product: how a surface colour filters light.
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vector(0, 0, 0)
WHITE = Vector(1, 1, 1)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.9, specular=0.4, shininess=32, reflectivity=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity

    def color_at(self, point):
        return self.color


class Checkerboard(Material):
    def __init__(self, even, odd, **kwargs):
        super().__init__(even, **kwargs)
        self.odd = odd

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.odd


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front of it, or None."""
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest_hit(self, ray):
        nearest, nearest_t = None, math.inf
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < nearest_t:
                nearest, nearest_t = obj, t
        return nearest, nearest_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest_hit(ray)
        if obj is None:
            # A vertical sky gradient so missed rays still carry information.
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.6, 0.7, 0.9) * k + Vector(0.1, 0.1, 0.15) * (1.0 - k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0:
            normal = -normal
        # Nudge off the surface so shadow and reflection rays do not re-hit it.
        point = point + normal * 1e-4
        material = obj.material
        base = material.color_at(point)
        color = base.modulate(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color = color + base.modulate(light.color) * (material.diffuse * lambert)
            half = (to_light - ray.direction).normalized()
            highlight = normal.dot(half)
            if highlight > 0:
                color = color + light.color * (material.specular * highlight ** material.shininess)
        if material.reflectivity > 0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflect(normal).normalized())
            color = color * (1.0 - material.reflectivity) + \
                self.trace(bounce, depth + 1) * material.reflectivity
        return color


class Camera:
    def __init__(self, eye, target, up, fov_degrees, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half_height = math.tan(math.radians(fov_degrees) / 2)
        self.half_width = self.half_height * width / height

    def ray_for(self, px, py):
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * self.half_width
        sy = (1.0 - 2.0 * (py + 0.5) / self.height) * self.half_height
        direction = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, direction.normalized())


def build_scene():
    objects = [
        Plane(Vector(0, 0, 0), Vector(0, 1, 0),
              Checkerboard(Vector(0.9, 0.9, 0.9), Vector(0.15, 0.15, 0.2),
                           specular=0.1, reflectivity=0.25)),
        Sphere(Vector(0, 1, 0), 1.0,
               Material(Vector(0.8, 0.2, 0.2), reflectivity=0.3)),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7,
               Material(Vector(0.2, 0.8, 0.3), shininess=64, reflectivity=0.15)),
        Sphere(Vector(1.9, 0.6, 1.4), 0.6,
               Material(Vector(0.2, 0.3, 0.9), specular=0.8, reflectivity=0.5)),
        Sphere(Vector(0.6, 0.3, 2.4), 0.3,
               Material(Vector(0.9, 0.8, 0.1), shininess=16)),
    ]
    lights = [Light(Vector(-4, 6, 5), Vector(0.9, 0.9, 0.85))]
    return Scene(objects, lights, Vector(0.12, 0.12, 0.14))


def to_byte(channel):
    if channel <= 0.0:
        return 0
    if channel >= 1.0:
        return 255
    return int(channel * 255.0 + 0.5)


def render(width, height):
    scene = build_scene()
    camera = Camera(Vector(0, 2.2, 7), Vector(0, 0.8, 0), Vector(0, 1, 0), 45, width, height)
    total = 0
    image_hash = 0
    for py in range(height):
        row_hash = 17
        for px in range(width):
            color = scene.trace(camera.ray_for(px, py), 0)
            for value in (to_byte(color.x), to_byte(color.y), to_byte(color.z)):
                total += value
                row_hash = (row_hash * 31 + value) % 1000000007
        image_hash = (image_hash * 1000003 + row_hash) % 2147483647
    return total, image_hash


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 320
    height = width * 3 // 4
    total, image_hash = render(width, height)
    print("image: %dx%d" % (width, height))
    print("sum of RGB bytes:", total)
    print("row hash:", image_hash)


if __name__ == "__main__":
    main()
