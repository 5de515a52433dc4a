/**
 * For every muscle mesh, the side from which it is least covered and what covers it from there, so the viewer can
 * show a chosen deep muscle without any work at selection time: it flies the camera along `view` and ghosts the
 * meshes named in `cover`.
 *
 * Rays go outward from points spread over the muscle's surface, along each candidate direction, against every other
 * muscle and the core; a point counts for a direction only where its surface faces that way.
 */
import * as THREE from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { Vec3 } from '../../data/schema'
import type { NamedMesh } from '../../src/geometry/body-model'
import type { MeshData } from '../../src/geometry/mesh'

export interface Reveal {
  /** Unit direction from the muscle toward the camera, the body's frame. */
  readonly view: Vec3
  /** Names of the meshes that cover it from there (`muscle:<id>:<side>` or `core`), most covering first. */
  readonly cover: readonly string[]
  /** How far from the muscle's centre the camera stands, metres: closer for small muscles. */
  readonly distance: number
}

/**
 * Camera distance for a muscle whose bounding box has diagonal `sizeM`: it fills under half the view (vertical field
 * of view 35°), with room for its neighbours; small muscles come as close as 0.18 m (the anterior digastric under the chin), none farther than 2 m.
 */
export function viewDistance(sizeM: number): number {
  return Math.min(Math.max(sizeM * 2.6, 0.18), 2)
}

function diagonal(mesh: MeshData): number {
  const box = new THREE.Box3().setFromArray(mesh.positions)
  return box.getSize(new THREE.Vector3()).length()
}

interface Owner {
  readonly name: string
  readonly mesh: MeshData
  /**
   * How much looking through it costs, in muscle layers: the core and the bare skin of the head count as several,
   * since ghosting the inside of the body or the face hides where one is looking.
   */
  readonly layers?: number
}

/** Candidate views: 16 azimuths at three elevations; looking straight down or up reads badly and is left out. */
function directions(): THREE.Vector3[] {
  const out: THREE.Vector3[] = []
  for (const elevation of [0, 30, -30]) {
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * 2 * Math.PI, e = (elevation * Math.PI) / 180
      out.push(new THREE.Vector3(Math.sin(a) * Math.cos(e), Math.sin(e), Math.cos(a) * Math.cos(e)))
    }
  }
  return out
}

/** Horizontal views are preferred a little: a body is read standing. */
const ELEVATION_WEIGHT = (d: THREE.Vector3) => 1 - 0.5 * d.y * d.y

/** Part of the projected area a mesh must cover to be ghosted: less is a grazing ray at an edge. */
const COVER_MIN = 0.01
/** At most this many meshes are ghosted, the most covering first. */
const COVER_MAX = 14
/** Surface samples per muscle: triangles taken at an even stride. */
const SAMPLES = 140

interface Sample {
  readonly at: THREE.Vector3
  readonly normal: THREE.Vector3
  readonly area: number
}

function samplesOf(mesh: MeshData): Sample[] {
  const tris = mesh.indices.length / 3
  const step = Math.max(1, Math.floor(tris / SAMPLES))
  const a = new THREE.Vector3(), b = new THREE.Vector3(), c = new THREE.Vector3()
  const out: Sample[] = []
  const p = mesh.positions
  for (let t = 0; t < tris; t += step) {
    const [i, j, k] = [mesh.indices[t * 3]!, mesh.indices[t * 3 + 1]!, mesh.indices[t * 3 + 2]!]
    a.set(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!)
    b.set(p[j * 3]!, p[j * 3 + 1]!, p[j * 3 + 2]!)
    c.set(p[k * 3]!, p[k * 3 + 1]!, p[k * 3 + 2]!)
    const n = new THREE.Vector3().crossVectors(b.clone().sub(a), c.clone().sub(a))
    const area = n.length() / 2
    if (area < 1e-9) continue
    out.push({ at: a.clone().add(b).add(c).multiplyScalar(1 / 3), normal: n.normalize(), area })
  }
  return out
}

/** One geometry of all meshes, with the owner of every vertex (the tree reorders triangles, never vertices). */
function mergeOwners(owners: readonly Owner[]): { bvh: MeshBVH; ownerOf: Uint16Array } {
  const total = owners.reduce((s, o) => s + o.mesh.positions.length, 0)
  const tris = owners.reduce((s, o) => s + o.mesh.indices.length / 3, 0)
  const positions = new Float32Array(total)
  const indices = new Uint32Array(tris * 3)
  const ownerOf = new Uint16Array(total / 3)
  let v = 0, t = 0
  owners.forEach((o, n) => {
    positions.set(o.mesh.positions, v * 3)
    for (let i = 0; i < o.mesh.indices.length; i++) indices[t * 3 + i] = o.mesh.indices[i]! + v
    ownerOf.fill(n, v, v + o.mesh.positions.length / 3)
    v += o.mesh.positions.length / 3
    t += o.mesh.indices.length / 3
  })
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(positions, 3))
  g.setIndex(new THREE.BufferAttribute(indices, 1))
  return { bvh: new MeshBVH(g), ownerOf }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000

/**
 * Best view and covering meshes for each muscle in `muscles` (by name), cast against `muscles` and `others`
 * (e.g. the core). Deterministic: fixed samples, fixed directions, ties to the first direction.
 */
export function revealViews(muscles: readonly Owner[], others: readonly Owner[]): Map<string, Reveal> {
  const owners = [...muscles, ...others]
  const { bvh, ownerOf } = mergeOwners(owners)
  const dirs = directions()
  const ray = new THREE.Ray()
  const out = new Map<string, Reveal>()
  muscles.forEach((m, self) => {
    const samples = samplesOf(m.mesh)
    // Nothing behind the camera covers the muscle: rays stop there (the other leg is not in front of a medial view).
    const distance = Math.round(viewDistance(diagonal(m.mesh)) * 1000) / 1000
    let best: { score: number; dir: THREE.Vector3; cover: Map<number, number> } | null = null
    for (const d of dirs) {
      let projected = 0, score = 0
      const cover = new Map<number, number>()
      for (const s of samples) {
        const facing = s.normal.dot(d)
        if (facing < 0.15) continue
        const w = s.area * facing
        projected += w
        ray.origin.copy(s.at).addScaledVector(d, 0.0005)
        ray.direction.copy(d)
        const seen = new Set<number>()
        for (const hit of bvh.raycast(ray, THREE.DoubleSide, 0, distance)) {
          const o = ownerOf[hit.face!.a]!
          if (o !== self) seen.add(o)
        }
        let depth = 0
        for (const o of seen) {
          depth += owners[o]!.layers ?? 1
          cover.set(o, (cover.get(o) ?? 0) + w)
        }
        // What shows without ghosting counts fully; each layer in front of a point makes it count less (one muscle
        // to ghost: 0.44, the core: 0.16), so a face seen through one ghost still beats a bare edge.
        score += w / (1 + 0.5 * depth) ** 2
      }
      if (projected === 0) continue
      score *= ELEVATION_WEIGHT(d)
      if (!best || score > best.score + 1e-12) best = { score, dir: d, cover: new Map([...cover].map(([o, w]) => [o, w / projected])) }
    }
    const dir = best?.dir ?? new THREE.Vector3(0, 0, 1)
    const cover = [...(best?.cover ?? [])]
      .filter(([, f]) => f >= COVER_MIN)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, COVER_MAX)
      .map(([o]) => owners[o]!.name)
    out.set(m.name, { view: [round3(dir.x), round3(dir.y), round3(dir.z)], cover, distance })
  })
  return out
}

/**
 * A body's meshes with each muscle's reveal figures (view, distance, cover) added to its extras; the core and the
 * bare skin of the head, hands and feet count as covers too.
 */
export function withReveal(meshes: readonly NamedMesh[]): NamedMesh[] {
  const muscles = meshes.filter((m) => m.extras.kind === 'muscle')
  const others = meshes.filter((m) => m.name === 'core' || m.name === 'skin-bare').map((m) => ({ ...m, layers: 3 }))
  const reveal = revealViews(muscles, others)
  return meshes.map((m) => (reveal.has(m.name) ? { ...m, extras: { ...m.extras, ...reveal.get(m.name) } } : m))
}
