/** Left column in study mode: how far each region has come, and the muscles to practise most. */
import { useMemo } from 'react'
import { cardsOfMuscle, progressByRegion, weakestMuscles } from '../domain/study/progress'
import { useStudy } from '../store/study'

export function StudyProgress() {
  const progress = useStudy((s) => s.progress)
  // Re-read after each answer: the clock moves on, so due counts and recall are taken at that moment.
  const answered = useStudy((s) => s.result)
  const { regions, weakest } = useMemo(() => {
    void answered
    const now = new Date()
    return { regions: progressByRegion(progress, now), weakest: weakestMuscles(progress, now) }
  }, [progress, answered])
  return (
    <aside className="sidebar study-progress" aria-label="Your progress">
      <h2>Your progress</h2>
      <p className="muted">Cards learnt of each region's muscles and trigger points; due: ready to be asked again.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Learnt</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.region}>
              <th scope="row">{r.label}</th>
              <td>
                <meter min={0} max={r.cards} value={r.learnt} aria-label={`${r.label}: ${r.learnt} of ${r.cards} learnt`} />{' '}
                <span className="muted">
                  {r.learnt}/{r.cards}
                </span>
              </td>
              <td>{r.due || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Weakest muscles</h3>
      {weakest.length ? (
        <ol className="weakest" aria-label="Weakest muscles">
          {weakest.map((w) => (
            <li key={w.muscle.id}>
              <button type="button" onClick={() => useStudy.getState().ask(cardsOfMuscle(w.muscle.id)[0]!)} title="Practise it now">
                {w.muscle.name}
              </button>{' '}
              <span className="muted">
                {w.right} of {w.answered} right
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Answer a few questions to see which muscles need practice.</p>
      )}
    </aside>
  )
}
