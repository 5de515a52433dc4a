/** Muscles grouped by body region, head to toe, for lists and indexes. */
import type { MuscleFacts, Region } from '../../data/schema'
import { DATASET, type Dataset } from './dataset'

export const REGION_ORDER: readonly { region: Region; label: string }[] = [
  { region: 'head', label: 'Head and jaw' },
  { region: 'neck', label: 'Neck' },
  { region: 'upper-back', label: 'Upper back' },
  { region: 'shoulder', label: 'Shoulder' },
  { region: 'chest', label: 'Chest' },
  { region: 'arm', label: 'Upper arm' },
  { region: 'forearm', label: 'Forearm' },
  { region: 'hand', label: 'Hand' },
  { region: 'abdomen', label: 'Abdomen' },
  { region: 'low-back', label: 'Low back' },
  { region: 'hip', label: 'Hip and buttock' },
  { region: 'thigh', label: 'Thigh' },
  { region: 'leg', label: 'Lower leg' },
  { region: 'foot', label: 'Foot' },
]

export function musclesByRegion(data: Dataset = DATASET): { region: Region; label: string; muscles: MuscleFacts[] }[] {
  return REGION_ORDER.map((r) => ({ ...r, muscles: data.muscles.filter((m) => m.region === r.region) })).filter(
    (g) => g.muscles.length > 0,
  )
}
