import { describe, expect, it } from 'vitest'
import { BONE_FIGURES } from '../../data/anatomy/bones'
import type { BoneFigure } from '../../data/anatomy/bones/types'
import { LANDMARKS } from '../../data/anatomy/landmarks'
import type { Vec3 } from '../../data/schema'
import { allBoneFigures, buildBone, buildBoneMeshes } from '../../src/geometry/bone-mesh'
import { axisGuide } from '../../src/geometry/bone-guides'
import { measureBoneTube, measureRadial } from '../../src/geometry/bone-measure'
import { measurePlate } from '../../src/geometry/bone-plate'
import { buildPlate, buildRadial } from '../../src/geometry/bone-parts'
import { directionCount } from '../../src/geometry/icosphere'
import { signedVolume, type MeshData } from '../../src/geometry/mesh'
import { isClosed } from '../../src/geometry/topology'

const meshes = buildBoneMeshes()
const names = new Set(meshes.map((m) => m.name))
const landmark = (id: string) => LANDMARKS.find((l) => l.id === id)!.at

/** The bones the skeleton layer must show, by mesh name. */
const REQUIRED = [
  'bone:skull',
  'bone:mandible',
  ...['c', 't', 'l'].flatMap((r) => Array.from({ length: r === 'c' ? 7 : r === 't' ? 12 : 5 }, (_, i) => `bone:vertebra-${r}${i + 1}`)),
  'bone:sacrum',
  'bone:coccyx',
  'bone:sternum',
  ...['clavicle', 'scapula', 'humerus', 'radius', 'ulna', 'hand', 'hip-bone', 'femur', 'patella', 'tibia', 'fibula', 'foot']
    .concat(Array.from({ length: 12 }, (_, i) => `rib-${i + 1}`))
    .flatMap((id) => [`bone:${id}:left`, `bone:${id}:right`]),
]

const partMeshes = (f: BoneFigure) => f.parts.map((p) => buildBone({ ...f, parts: [p] }))

/** Whether a point is inside a closed mesh: the number of crossings of a ray along +x is odd. */
function inside(p: readonly number[], m: MeshData): boolean {
  let crossings = 0
  const P = m.positions, I = m.indices
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3, b = I[t + 1]! * 3, c = I[t + 2]! * 3
    const ay = P[a + 1]! - p[1]!, az = P[a + 2]! - p[2]!, by = P[b + 1]! - p[1]!, bz = P[b + 2]! - p[2]!
    const cy = P[c + 1]! - p[1]!, cz = P[c + 2]! - p[2]!
    const d1 = ay * bz - az * by, d2 = by * cz - bz * cy, d3 = cy * az - cz * ay
    if (!((d1 > 0 && d2 > 0 && d3 > 0) || (d1 < 0 && d2 < 0 && d3 < 0))) continue
    if ((d2 * P[a]! + d3 * P[b]! + d1 * P[c]!) / (d1 + d2 + d3) > p[0]!) crossings++
  }
  return crossings % 2 === 1
}

/**
 * Area-weighted centroid of a bone's outer surface: the parts overlap, and the surface of one part inside another is
 * not the bone's surface, so it is left out.
 */
function outerCentroid(f: BoneFigure): Vec3 {
  const parts = partMeshes(f)
  const sum = [0, 0, 0]
  let total = 0
  parts.forEach((m, i) => {
    const P = m.positions
    for (let t = 0; t < m.indices.length; t += 3) {
      const [a, b, c] = [m.indices[t]! * 3, m.indices[t + 1]! * 3, m.indices[t + 2]! * 3]
      const mid = [0, 1, 2].map((k) => (P[a + k]! + P[b + k]! + P[c + k]!) / 3)
      if (parts.some((o, j) => j !== i && inside(mid, o))) continue
      const e1 = [0, 1, 2].map((k) => P[b + k]! - P[a + k]!), e2 = [0, 1, 2].map((k) => P[c + k]! - P[a + k]!)
      const area = 0.5 * Math.hypot(e1[1]! * e2[2]! - e1[2]! * e2[1]!, e1[2]! * e2[0]! - e1[0]! * e2[2]!, e1[0]! * e2[1]! - e1[1]! * e2[0]!)
      for (let k = 0; k < 3; k++) sum[k]! += mid[k]! * area
      total += area
    }
  })
  return [sum[0]! / total, sum[1]! / total, sum[2]! / total]
}

function bounds(m: MeshData): [number[], number[]] {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < m.positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k]!, m.positions[i + k]!)
      hi[k] = Math.max(hi[k]!, m.positions[i + k]!)
    }
  }
  return [lo, hi]
}

describe('the skeleton', () => {
  it('has every bone the skeleton layer lists, each name once', () => {
    for (const n of REQUIRED) expect(names, n).toContain(n)
    expect(names.size).toBe(meshes.length)
    for (const m of meshes) expect(m.name).toMatch(/^bone:[a-z0-9-]+(:left|:right)?$/)
  })

  it('builds every part of every bone as a closed surface facing outward', () => {
    for (const f of allBoneFigures()) {
      partMeshes(f).forEach((m, i) => {
        expect(isClosed(m), `${f.id} ${f.parts[i]!.name}`).toBe(true)
        expect(signedVolume(m.positions, m.indices), `${f.id} ${f.parts[i]!.name}`).toBeGreaterThan(0)
      })
    }
  })

  it('stays light: 40–70k triangles in all', () => {
    const tris = meshes.reduce((s, m) => s + m.mesh.indices.length / 3, 0)
    expect(tris).toBeGreaterThan(40_000)
    expect(tris).toBeLessThan(70_000)
  })

  it('is the same on every build', () => {
    const again = buildBoneMeshes()
    again.forEach((m, i) => {
      expect(m.name).toBe(meshes[i]!.name)
      expect(m.mesh.positions).toEqual(meshes[i]!.mesh.positions)
      expect(m.mesh.indices).toEqual(meshes[i]!.mesh.indices)
    })
  })

  it('mirrors each right bone onto its left', () => {
    for (const m of meshes.filter((x) => x.extras.side === 'right')) {
      const left = meshes.find((x) => x.name === m.name.replace(/:right$/, ':left'))!.mesh.positions
      const right = m.mesh.positions
      expect(right.length, m.name).toBe(left.length)
      for (let i = 0; i < right.length; i += 97 * 3) {
        expect(right[i], m.name).toBeCloseTo(-left[i]!, 6)
        expect(right[i + 1], m.name).toBeCloseTo(left[i + 1]!, 6)
      }
    }
  })

  it('puts every paired bone on the left in its figures and every midline bone across the midline', () => {
    for (const f of allBoneFigures()) {
      const [lo, hi] = bounds(buildBone(f))
      if (f.paired) expect(lo[0]!, f.id).toBeGreaterThan(0)
      else expect(lo[0]! < 0 && hi[0]! > 0, f.id).toBe(true)
    }
  })
})

describe('a measured bone rebuilt from its figures', () => {
  const measured = BONE_FIGURES.filter((f) => f.referenceCentroid && f.referenceBounds)

  it('covers every bone of the reference it was measured on', () => {
    expect(measured.length).toBe(BONE_FIGURES.length)
  })

  it('has its outer surface centred within 6 mm of the reference bone’s surface', () => {
    const errors = measured.map((f) => {
      const c = outerCentroid(f), r = f.referenceCentroid!
      const err = Math.hypot(c[0] - r[0], c[1] - r[1], c[2] - r[2])
      expect(err, f.id).toBeLessThan(0.006)
      return err
    })
    errors.sort((a, b) => a - b)
    expect(errors[Math.floor(errors.length / 2)]!).toBeLessThan(0.002)
  })

  it('spans the reference bone’s bounding box within 8 mm on every side, most within 3 mm', () => {
    const errors = measured.map((f) => {
      const [lo, hi] = bounds(buildBone(f))
      const [rlo, rhi] = f.referenceBounds!
      const err = Math.max(...[0, 1, 2].flatMap((k) => [Math.abs(lo[k]! - rlo[k]!), Math.abs(hi[k]! - rhi[k]!)]))
      expect(err, f.id).toBeLessThan(0.008)
      return err
    })
    errors.sort((a, b) => a - b)
    expect(errors[Math.floor(errors.length / 2)]!).toBeLessThan(0.003)
  })

  it('keeps its figures compact: radii per station and direction as the figure says', () => {
    for (const f of BONE_FIGURES) {
      for (const p of f.parts) {
        if (p.kind === 'radial') expect(p.radii.length, `${f.id} ${p.name}`).toBe(directionCount(p.level))
        if (p.kind === 'tube') {
          expect(p.radii.length, `${f.id} ${p.name}`).toBe(p.centre.length)
          expect(p.radii[0]!.length, `${f.id} ${p.name}`).toBeLessThanOrEqual(14)
        }
      }
    }
  })
})

describe('the bones the reference lacks', () => {
  const figure = (id: string) => allBoneFigures().find((f) => f.id === id)!

  it('lays the sternum down the front of the chest from the jugular notch past the xiphisternal junction', () => {
    const [lo, hi] = bounds(buildBone(figure('sternum')))
    expect(hi[1]!).toBeGreaterThan(landmark('jugular-notch')[1] - 0.002)
    expect(lo[1]!).toBeLessThan(landmark('xiphoid')[1])
    expect(hi[0]! - lo[0]!).toBeGreaterThan(0.04)
    expect(lo[2]!).toBeGreaterThan(landmark('c7-spinous')[2])
  })

  it('joins the first seven ribs to the sternum and the next three to the cartilage above', () => {
    const cartilages = figure('costal-cartilages').parts
    expect(cartilages.map((p) => p.name)).toEqual(Array.from({ length: 10 }, (_, i) => `costal cartilage ${i + 1}`))
    const ends = cartilages.map((p) => (p.kind === 'tube' ? p.centre[p.centre.length - 1]! : [NaN, NaN, NaN]))
    const [notch, xiphoid] = [landmark('jugular-notch'), landmark('xiphoid')]
    ends.slice(0, 7).forEach((e, i) => {
      expect(e[0], `cartilage ${i + 1}`).toBeLessThan(0.03)
      expect(e[1], `cartilage ${i + 1}`).toBeLessThan(notch[1])
      expect(e[1], `cartilage ${i + 1}`).toBeGreaterThan(xiphoid[1] - 0.005)
    })
    // Each rib's cartilage starts where its rib ends.
    cartilages.forEach((p, i) => {
      const rib = figure(`rib-${i + 1}`).parts[0]!
      if (p.kind !== 'tube' || rib.kind !== 'tube') throw new Error('tubes expected')
      const front = [rib.centre[0]!, rib.centre[rib.centre.length - 1]!].sort((a, b) => b[2] - a[2])[0]!
      expect(Math.hypot(...([0, 1, 2] as const).map((k) => p.centre[0]![k] - front[k])), `cartilage ${i + 1}`).toBeLessThan(0.02)
    })
  })

  it('hangs the coccyx below the sacrum, ending at its landmark', () => {
    const [lo] = bounds(buildBone(figure('coccyx')))
    const [sacrumLo] = bounds(buildBone(figure('sacrum')))
    expect(lo[1]!).toBeLessThan(sacrumLo[1]!)
    expect(Math.abs(lo[1]! - landmark('coccyx')[1])).toBeLessThan(0.004)
  })
})

describe('bone measurement on known shapes', () => {
  it('measures a cylinder as a tube of its radius, with rounded ends reaching its ends', () => {
    const pts: Vec3[] = []
    for (let i = 0; i <= 200; i++) {
      for (let k = 0; k < 48; k++) pts.push([0.012 * Math.cos((k * Math.PI) / 24), i * 0.001, 0.012 * Math.sin((k * Math.PI) / 24)])
    }
    for (let r = 0; r < 12; r++) for (let k = 0; k < 48; k++) pts.push([0.001 * r * Math.cos((k * Math.PI) / 24), 0, 0.001 * r * Math.sin((k * Math.PI) / 24)])
    const tube = measureBoneTube(pts, axisGuide(pts, [0, 1, 0]), { stations: 10, angles: 10 })
    for (const row of tube.radii.slice(1, -1)) for (const r of row) expect(r).toBeCloseTo(0.012, 3)
    const [lo, hi] = bounds(buildBone({ id: 't', name: 't', paired: false, origin: 'measured', source: { ref: 'x' }, parts: [{ ...tube, name: 't' }] }))
    expect(lo[1]!).toBeCloseTo(0, 2)
    expect(hi[1]!).toBeCloseTo(0.2, 2)
  })

  it('measures a sphere as a radial lobe of its radius', () => {
    const pts: Vec3[] = []
    for (let i = 0; i < 4000; i++) {
      const z = 1 - (2 * (i + 0.5)) / 4000, a = i * 2.399963
      pts.push([0.02 * Math.sqrt(1 - z * z) * Math.cos(a) + 0.1, 0.02 * z + 1, 0.02 * Math.sqrt(1 - z * z) * Math.sin(a)])
    }
    const lobe = measureRadial(pts, [0.1, 1, 0], 2)
    for (const r of lobe.radii) expect(r).toBeCloseTo(0.02, 3)
    const m = buildRadial(lobe)
    expect(signedVolume(new Float32Array(m.positions), new Uint32Array(m.indices)) / ((4 / 3) * Math.PI * 0.02 ** 3)).toBeCloseTo(1, 1)
  })

  it('measures a tilted slab as a plate of its thickness', () => {
    const pts: Vec3[] = []
    const tilt = 0.4
    for (let i = 0; i <= 60; i++) {
      for (let j = 0; j <= 40; j++) {
        for (const h of [-0.004, 0.004]) {
          const a = j * 0.002 - 0.04, b = i * 0.002
          pts.push([a, b, h + tilt * a])
        }
      }
    }
    const sheet = measurePlate(pts, { facing: [0, 0, 1], toward: [0, 1, 0], rows: 8, columns: 6 })
    for (const row of sheet.thickness) for (const t of row) expect(t).toBeCloseTo(0.008, 3)
    const m = buildPlate(sheet)
    const vol = signedVolume(new Float32Array(m.positions), new Uint32Array(m.indices))
    expect(vol / (0.08 * 0.12 * 0.008)).toBeGreaterThan(0.85)
    expect(vol / (0.08 * 0.12 * 0.008)).toBeLessThan(1.05)
  })
})
