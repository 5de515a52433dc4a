/** One trigger point, explained: where to press, where it refers, what it feels like, what keeps it going. */
import type { TriggerPoint } from '../../data/schema'
import { areaNames, conditionById } from '../domain/dataset'
import { formatSource } from '../domain/sources'
import { useStore } from '../store'
import { BonyGuides } from './BonyGuides'
import { RedFlags } from './RedFlags'

const PREVALENCE = { common: 'Common', occasional: 'Occasional', rare: 'Rare' } as const

export function TriggerPointDetails({ tp }: { tp: TriggerPoint }) {
  const essential = areaNames(tp.referral.essential.flatMap((z) => z.areas))
  const spill = areaNames(tp.referral.spillover.flatMap((z) => z.areas))
  return (
    <div className="tp-details" data-testid="tp-details">
      <p className="legend" aria-label="Legend">
        <span className="swatch swatch-essential" /> main pain zone <span className="swatch swatch-spill" /> sometimes felt
        here
      </p>
      <RedFlags tp={tp} />
      <dl>
        <dt>Refers pain to</dt>
        <dd>
          {essential.join(', ')}
          {spill.length > 0 && <span className="spill"> · sometimes {spill.join(', ')}</span>}
        </dd>
        <dt>Where to press</dt>
        <dd>
          {tp.palpation}
          <BonyGuides tp={tp} />
        </dd>
        <dt>What people notice</dt>
        <dd>
          <ul>
            {tp.symptoms.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </dd>
        {tp.conditions.length > 0 && (
          <>
            <dt>Related conditions</dt>
            <dd className="chips">
              {tp.conditions.map((c) => (
                <button key={c} type="button" onClick={() => useStore.getState().selectCondition(c)}>
                  {conditionById(c)?.name ?? c}
                </button>
              ))}
            </dd>
          </>
        )}
        {tp.perpetuatingFactors.length > 0 && (
          <>
            <dt>What keeps it going</dt>
            <dd>
              <ul>
                {tp.perpetuatingFactors.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Self-care</dt>
        <dd>{tp.selfCare}</dd>
        <dt>How often</dt>
        <dd>{PREVALENCE[tp.prevalence]}</dd>
      </dl>
      <p className="source">Source: {formatSource(tp.source)}</p>
    </div>
  )
}
