/**
 * Which nerve a dataset's innervation line names, and which nerves cannot both be options of one question: the same
 * nerve written two ways, or a nerve and a branch of it ("Radial nerve" and "Deep branch of the radial nerve").
 * Siblings (deep and superficial fibular, upper and lower subscapular) are distinct answers.
 */

export interface Nerve {
  /** Stable id of the nerve, e.g. `radial-deep`. */
  readonly key: string
  /** How an option names it, without the qualifiers a muscle's entry adds ("long head", "in most people"). */
  readonly label: string
  /** The nerves it is a branch or part of, nearest first. */
  readonly within: readonly string[]
}

const BRACHIAL = ['brachial-plexus']
const SACRAL = ['sacral-plexus']

/** First match wins, so narrower names come before the ones they contain. */
const RULES: readonly (Nerve & { readonly test: RegExp })[] = [
  { test: /deep temporal/i, key: 'deep-temporal', label: 'Deep temporal nerves (trigeminal, V3)', within: ['mandibular', 'trigeminal'] },
  { test: /masseteric/i, key: 'masseteric', label: 'Masseteric nerve (trigeminal, V3)', within: ['mandibular', 'trigeminal'] },
  { test: /nerve to medial pterygoid/i, key: 'nerve-to-medial-pterygoid', label: 'Nerve to medial pterygoid (trigeminal, V3)', within: ['mandibular', 'trigeminal'] },
  { test: /nerve to lateral pterygoid/i, key: 'nerve-to-lateral-pterygoid', label: 'Nerve to lateral pterygoid (trigeminal, V3)', within: ['mandibular', 'trigeminal'] },
  { test: /nerve to mylohyoid/i, key: 'nerve-to-mylohyoid', label: 'Nerve to mylohyoid (trigeminal, V3)', within: ['mandibular', 'trigeminal'] },
  { test: /facial nerve/i, key: 'facial', label: 'Facial nerve (CN VII)', within: [] },
  { test: /ansa cervicalis|hypoglossal/i, key: 'ansa-cervicalis', label: 'Ansa cervicalis (C1–C3)', within: ['cervical-plexus', 'cervical-ventral-rami'] },
  { test: /phrenic/i, key: 'phrenic', label: 'Phrenic nerve', within: ['cervical-plexus', 'cervical-ventral-rami'] },
  { test: /nerve to subclavius/i, key: 'nerve-to-subclavius', label: 'Nerve to subclavius', within: BRACHIAL },
  { test: /nerve to obturator internus/i, key: 'nerve-to-obturator-internus', label: 'Nerve to obturator internus (sacral plexus)', within: SACRAL },
  { test: /nerve to quadratus femoris/i, key: 'nerve-to-quadratus-femoris', label: 'Nerve to quadratus femoris (sacral plexus)', within: SACRAL },
  { test: /pudendal/i, key: 'pudendal', label: 'Pudendal nerve', within: SACRAL },
  { test: /nerve to levator ani|sacral nerves/i, key: 'sacral-plexus', label: 'Direct branches of the sacral plexus', within: [] },
  { test: /iliohypogastric/i, key: 'iliohypogastric', label: 'Iliohypogastric and ilioinguinal nerves', within: ['lumbar-ventral-rami'] },
  { test: /accessory/i, key: 'accessory', label: 'Spinal accessory nerve (CN XI)', within: [] },
  { test: /suboccipital/i, key: 'suboccipital', label: 'Suboccipital nerve (dorsal ramus of C1)', within: ['cervical-dorsal-rami'] },
  { test: /lateral branches of the dorsal rami of the (middle )?cervical/i, key: 'cervical-dorsal-rami-lateral', label: 'Lateral branches of the cervical dorsal rami', within: ['cervical-dorsal-rami'] },
  { test: /dorsal rami of the cervical/i, key: 'cervical-dorsal-rami', label: 'Dorsal rami of the cervical spinal nerves', within: [] },
  { test: /cervical plexus/i, key: 'cervical-plexus', label: 'Branches of the cervical plexus', within: ['cervical-ventral-rami'] },
  { test: /ventral rami of the (lower )?cervical/i, key: 'cervical-ventral-rami', label: 'Ventral rami of the cervical spinal nerves', within: [] },
  { test: /dorsal scapular/i, key: 'dorsal-scapular', label: 'Dorsal scapular nerve', within: BRACHIAL },
  { test: /suprascapular/i, key: 'suprascapular', label: 'Suprascapular nerve', within: BRACHIAL },
  { test: /axillary/i, key: 'axillary', label: 'Axillary nerve', within: BRACHIAL },
  { test: /lower subscapular/i, key: 'lower-subscapular', label: 'Lower subscapular nerve', within: BRACHIAL },
  { test: /upper subscapular/i, key: 'upper-subscapular', label: 'Upper subscapular nerve', within: BRACHIAL },
  { test: /long thoracic/i, key: 'long-thoracic', label: 'Long thoracic nerve', within: BRACHIAL },
  { test: /thoracodorsal/i, key: 'thoracodorsal', label: 'Thoracodorsal nerve', within: BRACHIAL },
  { test: /^lateral pectoral/i, key: 'lateral-pectoral', label: 'Lateral pectoral nerve', within: BRACHIAL },
  { test: /^medial pectoral/i, key: 'medial-pectoral', label: 'Medial pectoral nerve', within: BRACHIAL },
  { test: /musculocutaneous/i, key: 'musculocutaneous', label: 'Musculocutaneous nerve', within: BRACHIAL },
  { test: /posterior interosseous|deep branch of the radial/i, key: 'radial-deep', label: 'Deep branch of the radial nerve (posterior interosseous)', within: ['radial', ...BRACHIAL] },
  { test: /radial/i, key: 'radial', label: 'Radial nerve', within: BRACHIAL },
  { test: /anterior interosseous/i, key: 'anterior-interosseous', label: 'Anterior interosseous nerve (median)', within: ['median', ...BRACHIAL] },
  { test: /recurrent \(thenar\) branch/i, key: 'median-recurrent', label: 'Recurrent (thenar) branch of the median nerve', within: ['median', ...BRACHIAL] },
  { test: /median/i, key: 'median', label: 'Median nerve', within: BRACHIAL },
  { test: /deep branch of the ulnar/i, key: 'ulnar-deep', label: 'Deep branch of the ulnar nerve', within: ['ulnar', ...BRACHIAL] },
  { test: /ulnar/i, key: 'ulnar', label: 'Ulnar nerve', within: BRACHIAL },
  { test: /thoracoabdominal/i, key: 'thoracoabdominal', label: 'Thoracoabdominal and subcostal nerves', within: [] },
  { test: /^subcostal nerve/i, key: 'thoracoabdominal', label: 'Thoracoabdominal and subcostal nerves', within: [] },
  { test: /intercostal nerves|ventral rami of the lower thoracic/i, key: 'intercostal', label: 'Intercostal nerves', within: [] },
  { test: /lateral branches of the dorsal rami of the thoracic/i, key: 'thoracolumbar-dorsal-rami-lateral', label: 'Lateral branches of the thoracic and lumbar dorsal rami', within: ['thoracolumbar-dorsal-rami'] },
  { test: /medial branches of the dorsal rami/i, key: 'dorsal-rami-medial', label: 'Medial branches of the dorsal rami', within: ['thoracolumbar-dorsal-rami', 'cervical-dorsal-rami'] },
  { test: /dorsal rami of the thoracic and lumbar/i, key: 'thoracolumbar-dorsal-rami', label: 'Dorsal rami of the thoracic and lumbar spinal nerves', within: [] },
  { test: /ventral rami of the (subcostal and upper )?lumbar|lumbar plexus/i, key: 'lumbar-ventral-rami', label: 'Ventral rami of the lumbar spinal nerves (lumbar plexus)', within: [] },
  { test: /femoral/i, key: 'femoral', label: 'Femoral nerve', within: ['lumbar-ventral-rami'] },
  { test: /obturator nerve \(anterior/i, key: 'obturator-anterior', label: 'Obturator nerve, anterior division', within: ['obturator', 'lumbar-ventral-rami'] },
  { test: /obturator nerve \(posterior/i, key: 'obturator-posterior', label: 'Obturator nerve, posterior division', within: ['obturator', 'lumbar-ventral-rami'] },
  { test: /inferior gluteal/i, key: 'inferior-gluteal', label: 'Inferior gluteal nerve', within: SACRAL },
  { test: /superior gluteal/i, key: 'superior-gluteal', label: 'Superior gluteal nerve', within: SACRAL },
  { test: /piriformis/i, key: 'nerve-to-piriformis', label: 'Nerve to piriformis (sacral plexus)', within: SACRAL },
  { test: /^medial plantar/i, key: 'medial-plantar', label: 'Medial plantar nerve (tibial)', within: ['tibial', 'sciatic', ...SACRAL] },
  { test: /^lateral plantar/i, key: 'lateral-plantar', label: 'Lateral plantar nerve (tibial)', within: ['tibial', 'sciatic', ...SACRAL] },
  { test: /tibial part of the sciatic|^tibial nerve/i, key: 'tibial', label: 'Tibial nerve (tibial part of the sciatic)', within: ['sciatic', ...SACRAL] },
  { test: /common fibular/i, key: 'common-fibular', label: 'Common fibular (peroneal) nerve', within: ['sciatic', ...SACRAL] },
  { test: /deep fibular/i, key: 'deep-fibular', label: 'Deep fibular (peroneal) nerve', within: ['common-fibular', 'sciatic', ...SACRAL] },
  { test: /superficial fibular/i, key: 'superficial-fibular', label: 'Superficial fibular (peroneal) nerve', within: ['common-fibular', 'sciatic', ...SACRAL] },
]

/** The nerve an innervation line names, or undefined when no rule knows it (a unit test keeps every line known). */
export function nerveOf(line: string): Nerve | undefined {
  const rule = RULES.find((r) => r.test.test(line))
  return rule && { key: rule.key, label: rule.label, within: rule.within }
}

/** True when the two would both be right, or one would be half right: the same nerve, or one a branch of the other. */
export function nervesOverlap(a: Nerve, b: Nerve): boolean {
  return a.key === b.key || a.within.includes(b.key) || b.within.includes(a.key)
}
