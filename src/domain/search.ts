/** Fuzzy search over muscle names and synonyms ("traps", "SCM", "lats"). */
import Fuse from 'fuse.js'
import type { MuscleFacts } from '../../data/schema'
import { DATASET, type Dataset } from './dataset'

export interface SearchHit {
  readonly muscle: MuscleFacts
  /** 0 = exact … 1 = poor */
  readonly score: number
}

const cache = new WeakMap<Dataset, Fuse<MuscleFacts>>()

function index(data: Dataset): Fuse<MuscleFacts> {
  let fuse = cache.get(data)
  if (!fuse) {
    fuse = new Fuse([...data.muscles], {
      keys: [
        { name: 'name', weight: 2 },
        { name: 'synonyms', weight: 1.5 },
        { name: 'id', weight: 1 },
        { name: 'group', weight: 0.5 },
      ],
      includeScore: true,
      threshold: 0.35,
      ignoreLocation: true,
    })
    cache.set(data, fuse)
  }
  return fuse
}

/** Best matches first; an empty query gives no hits. */
export function searchMuscles(query: string, data: Dataset = DATASET, limit = 8): SearchHit[] {
  const q = query.trim()
  if (!q) return []
  return index(data)
    .search(q, { limit })
    .map((r) => ({ muscle: r.item, score: r.score ?? 1 }))
}
