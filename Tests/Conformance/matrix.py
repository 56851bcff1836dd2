# Lists of lists: matrix product, transpose, identity.
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out

def transpose_loop(a):
    out = []
    for j in range(len(a[0])):
        col = []
        for i in range(len(a)):
            col.append(a[i][j])
        out.append(col)
    return out

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose_loop(a))
p = [[1, 1], [1, 0]]
r = [[1, 0], [0, 1]]
for i in range(90):
    r = matmul(r, p)
print(r[0][1])
print(matmul([[0.5, 1.5]], [[2.0], [4.0]]))
