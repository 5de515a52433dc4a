/**
 * Writes the app's icons (public/icons/*.png) for the web app manifest and the home screen: a body outline on the
 * paper colour with a red trigger point on the shoulder and its ring. Drawn here from signed distances, encoded as
 * PNG with node:zlib, so nothing is downloaded and the files are the same on every run.
 *   npx tsx scripts/make-icons.ts [--check]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

type Rgb = readonly [number, number, number]
const PAPER: Rgb = [0xfb, 0xf9, 0xf7]
const INK: Rgb = [0x2a, 0x22, 0x20]
const ACCENT: Rgb = [0xc8, 0x41, 0x2c]

/** Distance from (x, y) to the segment a–b minus radius r: negative inside a capsule. Units: the icon's 0–1 square. */
function capsule(x: number, y: number, ax: number, ay: number, bx: number, by: number, r: number): number {
  const dx = bx - ax, dy = by - ay
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)))
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - r
}

/** The figure, standing, arms a little out, in a 0–1 square (y down). */
function body(x: number, y: number): number {
  const parts = [
    Math.hypot(x - 0.5, y - 0.17) - 0.085, // head
    capsule(x, y, 0.5, 0.33, 0.5, 0.55, 0.1), // trunk
    capsule(x, y, 0.42, 0.33, 0.29, 0.62, 0.04), // arms
    capsule(x, y, 0.58, 0.33, 0.71, 0.62, 0.04),
    capsule(x, y, 0.45, 0.58, 0.42, 0.9, 0.05), // legs
    capsule(x, y, 0.55, 0.58, 0.58, 0.9, 0.05),
  ]
  return Math.min(...parts)
}

/** Colour at (x, y) in the 0–1 square; `pad` shrinks the drawing into the middle (maskable icons keep a safe zone). */
function shade(x: number, y: number, pad: number, px: number): Rgb {
  const u = (x - pad) / (1 - 2 * pad), v = (y - pad) / (1 - 2 * pad)
  const aa = px / (1 - 2 * pad) // one pixel in figure units, for antialiased edges
  const cover = (d: number) => Math.max(0, Math.min(1, 0.5 - d / aa))
  const tp = Math.hypot(u - 0.58, v - 0.36)
  let c: Rgb = PAPER
  c = mix(c, INK, cover(body(u, v)))
  c = mix(c, ACCENT, cover(Math.abs(tp - 0.075) - 0.012)) // the ring
  c = mix(c, ACCENT, cover(tp - 0.035)) // the point
  return c
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]

/** An RGB image of size×size, 2×2 supersampled. */
function draw(size: number, pad: number): Buffer {
  const rows = Buffer.alloc(size * (size * 3 + 1))
  for (let j = 0; j < size; j++) {
    const row = j * (size * 3 + 1)
    rows[row] = 0 // filter: none
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0
      for (const [sx, sy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]] as const) {
        const c = shade((i + sx) / size, (j + sy) / size, pad, 1 / size)
        r += c[0] / 4; g += c[1] / 4; b += c[2] / 4
      }
      rows.set([Math.round(r), Math.round(g), Math.round(b)], row + 1 + i * 3)
    }
  }
  return png(size, size, rows)
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A PNG file from filtered 8-bit RGB rows. */
function png(width: number, height: number, rows: Buffer): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The icons the manifest and index.html name. Maskable: the figure inside the middle 80 % (the safe zone). */
export const ICONS = [
  { file: 'icon-192.png', size: 192, pad: 0.04 },
  { file: 'icon-512.png', size: 512, pad: 0.04 },
  { file: 'icon-maskable-512.png', size: 512, pad: 0.14 },
  { file: 'apple-touch-icon.png', size: 180, pad: 0.1 },
] as const

const OUT = 'public/icons'

function main(): void {
  const check = process.argv.includes('--check')
  const stale: string[] = []
  mkdirSync(OUT, { recursive: true })
  for (const { file, size, pad } of ICONS) {
    const bytes = draw(size, pad)
    const path = `${OUT}/${file}`
    if (check) {
      if (!existsSync(path) || !readFileSync(path).equals(bytes)) stale.push(path)
    } else writeFileSync(path, bytes)
  }
  if (stale.length) {
    console.error(`Stale icons (run \`npx tsx scripts/make-icons.ts\`): ${stale.join(', ')}`)
    process.exit(1)
  }
  console.log(check ? 'icons up to date' : `wrote ${ICONS.length} icons to ${OUT}/`)
}

main()
