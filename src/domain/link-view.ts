/**
 * The parts of a link that hold the view rather than the subject: camera, layers, mode and pain marks with their
 * intensities and tapped points. Each reader returns the value or a plain sentence; each writer is its inverse.
 */
import type { Vec3 } from '../../data/schema'

/** Where the camera is and what it looks at, metres in the scene's frame (the body shown). */
export interface LinkCamera {
  readonly position: Vec3
  readonly target: Vec3
}

export type LinkSkin = 'opaque' | 'translucent' | 'hidden'
export const LINK_SKINS: readonly LinkSkin[] = ['opaque', 'translucent', 'hidden']

/** The app's modes a link may open. A new mode is added here and in the store's `Mode`. */
export const LINK_MODES = ['explore', 'pain'] as const
export type LinkMode = (typeof LINK_MODES)[number]

/** A place that hurts, as the link gives it: the words, and optionally how much (0–10) and where it was tapped. */
export interface LinkPainMark {
  readonly place: string
  readonly intensity?: number
  /** Canonical metres, to the millimetre. */
  readonly point?: Vec3
}

/** The camera stays within this many metres of the body (the controls allow 6; the far plane is 20). */
const MAX_CAMERA_M = 20
/** A tapped point lies on the body: within 3 m of its origin. */
const MAX_POINT_M = 3

/** Whole millimetres; `+ 0` turns -0 into 0, so a rounded value compares equal to the one read back. */
const mm = (m: number) => Math.round(m * 1000) + 0
const toM = (v: number) => v / 1000 + 0
const INT = /^-?\d{1,6}$/

/** `x,y,z,tx,ty,tz` in millimetres, or null when it is not six whole numbers within reach of the body. */
export function readCamera(raw: string): LinkCamera | null {
  const parts = raw.split(',').map((p) => p.trim())
  if (parts.length !== 6 || !parts.every((p) => INT.test(p))) return null
  const v = parts.map((p) => toM(Number(p)))
  if (v.some((x) => Math.abs(x) > MAX_CAMERA_M)) return null
  const [x, y, z, tx, ty, tz] = v as [number, number, number, number, number, number]
  // A camera standing on its target looks nowhere.
  if (Math.hypot(x - tx, y - ty, z - tz) < 0.01) return null
  return { position: [x, y, z], target: [tx, ty, tz] }
}

export function writeCamera(c: LinkCamera): string {
  return [...c.position, ...c.target].map(mm).join(',')
}

/** Rounds a camera to what a link keeps (millimetres), so a written state equals the state read back. */
export function roundCamera(c: LinkCamera): LinkCamera {
  const r = (v: Vec3): Vec3 => [toM(mm(v[0])), toM(mm(v[1])), toM(mm(v[2]))]
  return { position: r(c.position), target: r(c.target) }
}

/** `place[:intensity][@x_y_z]`; a tail that does not fit this form stays part of the place's words. */
const MARK = /^(.*?)(?::(\d{1,3}))?(?:@(-?\d{1,5})_(-?\d{1,5})_(-?\d{1,5}))?$/s

export interface ReadMark {
  readonly mark: LinkPainMark | null
  readonly problem?: string
}

/** One mark of `pain=`; `quote` shows the link's own text in a message. */
export function readPainMark(raw: string, quote: (v: string) => string): ReadMark {
  const m = MARK.exec(raw)!
  const place = m[1]!.trim()
  if (!place) return { mark: null, problem: `The link has a pain mark ${quote(raw)} without a place; it was left out.` }
  const mark: { -readonly [K in keyof LinkPainMark]: LinkPainMark[K] } = { place }
  const problems: string[] = []
  if (m[2] !== undefined) {
    const n = Number(m[2])
    if (n <= 10) mark.intensity = n
    else problems.push(`The link gives ${quote(place)} a pain of ${n}; the scale goes to 10, so it is shown as 5.`)
  }
  if (m[3] !== undefined) {
    const p = [m[3], m[4], m[5]].map((v) => toM(Number(v))) as [number, number, number]
    if (p.every((v) => Math.abs(v) <= MAX_POINT_M)) mark.point = p
    else problems.push(`The link places ${quote(place)} off the body; it is shown in the middle of that place.`)
  }
  return { mark, problem: problems[0] }
}

export function writePainMark(m: LinkPainMark): string {
  const intensity = m.intensity === undefined ? '' : `:${m.intensity}`
  const point = m.point ? `@${m.point.map(mm).join('_')}` : ''
  return `${m.place}${intensity}${point}`
}

/** `1` or `0` for a layer switched on or off; anything else is null. */
export function readFlag(raw: string): boolean | null {
  return raw === '1' ? true : raw === '0' ? false : null
}
