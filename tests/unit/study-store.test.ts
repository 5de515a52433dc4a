import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useStore } from '../../src/store'
import { useDiary } from '../../src/store/diary'
import { useStudy } from '../../src/store/study'
import { deleteStudyDatabase, loadProgress, setAsideRecords, STUDY_DB_NAME } from '../../src/store/study-db'

vi.stubGlobal('localStorage', { length: 0, key: () => null, getItem: () => null, setItem: () => {}, removeItem: () => {}, clear: () => {} })

const initialApp = useStore.getState()
const initialStudy = useStudy.getState()

beforeEach(async () => {
  await deleteStudyDatabase()
  useStore.setState(initialApp, true)
  useStudy.setState(initialStudy, true)
})

const T0 = new Date('2026-03-02T09:00:00Z')

/** Lets the write that follows an answer reach the database. */
const settle = () => new Promise((r) => setTimeout(r, 50))

describe('study progress on the device', () => {
  it('keeps each answer and reads it back after a reload', async () => {
    const study = useStudy.getState()
    await study.load()
    study.ask('muscle:infraspinatus', 'name-muscle')
    const q = useStudy.getState().question!
    if (q.answer.kind !== 'choice') throw new Error('a name question is multiple choice')
    study.choose((q.answer.correct + 1) % q.answer.options.length, T0)
    await settle()
    // The body shows the question's muscle, on its side.
    expect(useStore.getState().selected).toEqual({ id: 'infraspinatus', side: q.side })
    const { progress, setAside } = await loadProgress()
    expect(setAside).toEqual([])
    const p = progress.get('muscle:infraspinatus')!
    expect([p.right, p.wrong, p.fsrs.reps]).toEqual([0, 1, 1])
    expect(p.fsrs.due.getTime()).toBeGreaterThan(T0.getTime())
  })

  it('sets a damaged record aside, unchanged, and says so instead of dropping it', async () => {
    const raw = new Dexie(STUDY_DB_NAME)
    raw.version(1).stores({ cards: 'id', setAside: '++key' })
    await raw.table('cards').bulkPut([
      { v: 1, id: 'muscle:soleus', due: 'tomorrow', stability: 1, difficulty: 5 },
      { id: 'muscle:gracilis', v: 1, due: T0.getTime(), stability: 2, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1, lastReview: T0.getTime(), right: 1, wrong: 0 },
    ])
    raw.close()
    await useStudy.getState().load()
    const { problem, progress } = useStudy.getState()
    expect(problem).toMatch(/One saved answer could not be read \(muscle:soleus: due is not a number\)/)
    expect(problem).toMatch(/kept aside on this device/)
    expect([...progress.keys()]).toEqual(['muscle:gracilis'])
    const aside = await setAsideRecords()
    expect(aside).toHaveLength(1)
    expect(aside[0]!.record).toMatchObject({ id: 'muscle:soleus', due: 'tomorrow' })
    // Read once, set aside once: the next load is clean.
    expect((await loadProgress()).setAside).toEqual([])
  })

  it('is removed by "delete everything", with the diary', async () => {
    const study = useStudy.getState()
    await study.load()
    study.ask('tp:soleus-1', 'referral-muscle')
    study.choose(0, T0)
    await settle()
    expect((await loadProgress()).progress.size).toBe(1)
    expect(await useDiary.getState().deleteEverything()).toBe(true)
    expect(useStudy.getState().progress.size).toBe(0)
    expect((await loadProgress()).progress.size).toBe(0)
  })
})
