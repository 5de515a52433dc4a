/**
 * The self-test: the question asked now, the answer given, and each card's progress (kept on this device by
 * study-db). Asking a question puts it on the body through the main store; answering shows the right answer there.
 */
import { create } from 'zustand'
import type { Region, Vec3 } from '../../data/schema'
import { muscleById } from '../domain/dataset'
import { allCards, regionOfCard, type CardId } from '../domain/study/cards'
import { questionFor, questionOfKind, type Question, type QuestionKind } from '../domain/study/questions'
import { seedOf } from '../domain/study/random'
import { nextCard, review, type CardProgress, type Outcome, type Progress } from '../domain/study/schedule'
import { tapOutcome } from '../domain/study/tap'
import { useStore } from './index'
import { deleteStudyDatabase, loadProgress, saveCard } from './study-db'

const STORAGE_PROBLEM =
  'This browser does not let the app keep study progress on this device (storage may be turned off, private, or full). The questions still work; answers are not remembered.'

export interface StudyResult {
  readonly outcome: Outcome
  /** The option chosen, for a multiple-choice question. */
  readonly chosen?: number
  /** Where the body was tapped (canonical metres), how far from the trigger point, and which point was nearest. */
  readonly tap?: { readonly point: Vec3; readonly distanceM: number; readonly triggerPoint: string }
}

export interface StudyState {
  progress: Progress
  loaded: boolean
  /** A plain sentence when progress could not be read or kept. */
  problem: string | null
  region: Region | 'all'
  question: Question | null
  result: StudyResult | null
  /** Questions asked this session; with the session's seed it draws each question. */
  asked: number
  load: () => Promise<void>
  setRegion: (region: Region | 'all') => void
  /** Asks the card due next (in the chosen region). */
  next: (now?: Date) => void
  /** Asks one card as one kind of question (the weakest-muscles list, tests). */
  ask: (card: CardId, kind?: QuestionKind) => void
  choose: (option: number, now?: Date) => void
  /** A tap on the body: where (canonical metres), how far from the nearest accepted trigger point, which one. */
  tap: (point: Vec3, distanceM: number, triggerPoint: string, now?: Date) => void
  /** Forgets the progress held in memory (after "delete everything"). */
  forget: () => void
}

const sessionSeed = crypto.getRandomValues(new Uint32Array(1))[0]!

/** Puts a question on the body: the muscle highlighted, or a referral pattern alone; no trigger point marks yet. */
function showQuestion(q: Question): void {
  const s = useStore.getState()
  s.hoverMuscle(null)
  s.hoverTriggerPoint(null)
  s.selectCondition(null)
  s.selectMuscle(null)
  // A referral pattern reads on skin; a muscle is asked about with the skin off.
  s.setSkin(q.show.referral ? 'opaque' : 'hidden')
  if (q.show.muscle) {
    // A deeper muscle is shown with the surface ones peeled away, so its highlight can be seen.
    s.setPeelSuperficial(muscleById(q.show.muscle)?.layer !== 'superficial')
    s.selectMuscle({ id: q.show.muscle, side: q.side })
    s.requestCamera('focus')
  } else if (q.show.referral) {
    s.setPeelSuperficial(false)
    s.selectTriggerPoint({ id: q.show.referral, side: q.side })
  }
}

function revealAnswer(q: Question, triggerPoint = q.reveal.triggerPoint): void {
  const s = useStore.getState()
  if (triggerPoint) s.selectTriggerPoint({ id: triggerPoint, side: q.side }, q.reveal.muscle)
  else s.selectMuscle({ id: q.reveal.muscle, side: q.side })
}

export const useStudy = create<StudyState>()((set, get) => {
  /** Records an answer: rates the card, keeps its progress on the device, shows the answer on the body. */
  const answer = (result: StudyResult, now: Date) => {
    const { question: q, progress } = get()
    if (!q || get().result) return
    const p: CardProgress = review(q.card, progress.get(q.card), result.outcome, now)
    const updated = new Map(progress)
    updated.set(q.card, p)
    set({ result, progress: updated })
    revealAnswer(q, result.tap?.triggerPoint)
    saveCard(p).catch(() => set({ problem: STORAGE_PROBLEM }))
  }
  const ask = (q: Question) => {
    set((s) => ({ question: q, result: null, asked: s.asked + 1 }))
    showQuestion(q)
  }
  return {
    progress: new Map(),
    loaded: false,
    problem: null,
    region: 'all',
    question: null,
    result: null,
    asked: 0,
    load: async () => {
      try {
        const { progress, setAside } = await loadProgress()
        const problem = setAside.length
          ? `${setAside.length === 1 ? 'One saved answer' : `${setAside.length} saved answers`} could not be read (${setAside.slice(0, 3).join('; ')}). ` +
            'They are kept aside on this device, unchanged, and those cards start again.'
          : null
        set({ progress, loaded: true, problem })
      } catch {
        set({ loaded: true, problem: STORAGE_PROBLEM })
      }
    },
    setRegion: (region) => {
      set({ region })
      get().next()
    },
    next: (now = new Date()) => {
      const { progress, region, question, asked } = get()
      const cards = allCards().filter((c) => region === 'all' || regionOfCard(c) === region)
      const card = nextCard(progress, cards, now, sessionSeed + asked, question?.card)
      if (card) ask(questionFor(card, seedOf(card, sessionSeed + asked)))
    },
    ask: (card, kind) => {
      const seed = seedOf(card, sessionSeed + get().asked)
      ask(kind ? questionOfKind(card, kind, seed) : questionFor(card, seed))
    },
    choose: (option, now = new Date()) => {
      const q = get().question
      if (q?.answer.kind !== 'choice') return
      answer({ outcome: option === q.answer.correct ? 'right' : 'wrong', chosen: option }, now)
    },
    tap: (point, distanceM, triggerPoint, now = new Date()) => {
      if (get().question?.answer.kind !== 'tap') return
      answer({ outcome: tapOutcome(distanceM), tap: { point, distanceM, triggerPoint } }, now)
    },
    forget: () => set({ progress: new Map(), result: null, problem: null }),
  }
})

export { deleteStudyDatabase }
