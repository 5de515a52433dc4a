/** Indexed triangle meshes as plain typed arrays, shared by the generator, the tests and the viewer. */

export interface MeshData {
  /** metres, xyz per vertex */
  readonly positions: Float32Array
  readonly normals: Float32Array
  /** (u across the fibres, v origin → insertion) per vertex; absent on the skin */
  readonly uvs?: Float32Array
  /** 0 on the superficial face, 1 on the deep face (sheets); absent on the skin */
  readonly depth?: Float32Array
  /** 0 where a muscle is fleshy, 1 where it is tendon or aponeurosis, per vertex; absent on the skin */
  readonly tendon?: Float32Array
  /** linear RGB per vertex (the eyes' iris and pupil); absent elsewhere */
  readonly colors?: Float32Array
  readonly indices: Uint32Array
}

/**
 * For each vertex, the first vertex at the same position (coordinates rounded to 1/`precision` metres), so that
 * seams made of duplicated vertices count as one.
 */
export function weldByPosition(positions: Float32Array, precision: number): Uint32Array {
  const n = positions.length / 3
  const key = new Map<string, number>()
  const canon = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const k = `${Math.round(positions[i * 3]! * precision)},${Math.round(positions[i * 3 + 1]! * precision)},${Math.round(positions[i * 3 + 2]! * precision)}`
    const found = key.get(k)
    if (found === undefined) {
      key.set(k, i)
      canon[i] = i
    } else canon[i] = found
  }
  return canon
}

/**
 * Area-weighted vertex normals. Vertices at the same position (a texture seam) share one normal,
 * so seams do not show as creases.
 */
export function computeNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const n = positions.length / 3
  const canon = weldByPosition(positions, 1e5)
  const acc = new Float64Array(n * 3)
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!, b = indices[t + 1]!, c = indices[t + 2]!
    const ax = positions[a * 3]!, ay = positions[a * 3 + 1]!, az = positions[a * 3 + 2]!
    const e1x = positions[b * 3]! - ax, e1y = positions[b * 3 + 1]! - ay, e1z = positions[b * 3 + 2]! - az
    const e2x = positions[c * 3]! - ax, e2y = positions[c * 3 + 1]! - ay, e2z = positions[c * 3 + 2]! - az
    const nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x
    for (const v of [a, b, c]) {
      const r = canon[v]!
      acc[r * 3]! += nx
      acc[r * 3 + 1]! += ny
      acc[r * 3 + 2]! += nz
    }
  }
  const out = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) {
    const r = canon[i]!
    const x = acc[r * 3]!, y = acc[r * 3 + 1]!, z = acc[r * 3 + 2]!
    const l = Math.hypot(x, y, z) || 1
    out[i * 3] = x / l
    out[i * 3 + 1] = y / l
    out[i * 3 + 2] = z / l
  }
  return out
}

/** Mirror a left-side mesh to the right side: x → −x, winding reversed so faces still point outward. */
export function mirrorMesh(mesh: MeshData): MeshData {
  const positions = mesh.positions.slice()
  const normals = mesh.normals.slice()
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]!
    normals[i] = -normals[i]!
  }
  const indices = mesh.indices.slice()
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1]!
    indices[t + 1] = indices[t + 2]!
    indices[t + 2] = b
  }
  return { ...mesh, positions, normals, indices }
}

/** Volume enclosed by a closed mesh (m³), positive when faces point outward. */
export function signedVolume(positions: Float32Array, indices: Uint32Array): number {
  let v = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3, b = indices[t + 1]! * 3, c = indices[t + 2]! * 3
    v +=
      positions[a]! * (positions[b + 1]! * positions[c + 2]! - positions[b + 2]! * positions[c + 1]!) -
      positions[a + 1]! * (positions[b]! * positions[c + 2]! - positions[b + 2]! * positions[c]!) +
      positions[a + 2]! * (positions[b]! * positions[c + 1]! - positions[b + 1]! * positions[c]!)
  }
  return v / 6
}

/** Mean of the vertex positions. */
export function vertexCentroid(positions: Float32Array): [number, number, number] {
  let x = 0, y = 0, z = 0
  const n = positions.length / 3
  for (let i = 0; i < positions.length; i += 3) {
    x += positions[i]!
    y += positions[i + 1]!
    z += positions[i + 2]!
  }
  return [x / n, y / n, z / n]
}

/** Area-weighted centroid of a mesh's surface (comparable with a uniformly sampled point cloud). */
export function surfaceCentroid(positions: Float32Array, indices: Uint32Array): [number, number, number] {
  let x = 0, y = 0, z = 0, total = 0
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3, b = indices[t + 1]! * 3, c = indices[t + 2]! * 3
    const e1 = [positions[b]! - positions[a]!, positions[b + 1]! - positions[a + 1]!, positions[b + 2]! - positions[a + 2]!]
    const e2 = [positions[c]! - positions[a]!, positions[c + 1]! - positions[a + 1]!, positions[c + 2]! - positions[a + 2]!]
    const area = 0.5 * Math.hypot(e1[1]! * e2[2]! - e1[2]! * e2[1]!, e1[2]! * e2[0]! - e1[0]! * e2[2]!, e1[0]! * e2[1]! - e1[1]! * e2[0]!)
    x += (area * (positions[a]! + positions[b]! + positions[c]!)) / 3
    y += (area * (positions[a + 1]! + positions[b + 1]! + positions[c + 1]!)) / 3
    z += (area * (positions[a + 2]! + positions[b + 2]! + positions[c + 2]!)) / 3
    total += area
  }
  return [x / total, y / total, z / total]
}
