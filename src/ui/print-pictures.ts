/** The bridge from the handout to the 3D view: the view registers a renderer of print pictures; the handout calls it. */

/** Front and back of the body, and a close-up of the chosen pattern, as PNG data URLs rendered at print size. */
export interface PrintPictureSet {
  readonly front: string
  readonly back: string
  /** The trigger point with its whole zone, as the screen frames it; absent without a chosen trigger point. */
  readonly pattern?: string
}

export const printPictures: { render: ((widthPx: number, heightPx: number) => Promise<PrintPictureSet>) | null } = { render: null }
