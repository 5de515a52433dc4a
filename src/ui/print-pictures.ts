/** The bridge from the handout to the 3D view: the view registers a renderer of print pictures; the handout calls it. */

/** Front and back of the body as PNG data URLs, rendered at print size. */
export interface PrintPictureSet {
  readonly front: string
  readonly back: string
}

export const printPictures: { render: ((widthPx: number, heightPx: number) => Promise<PrintPictureSet>) | null } = { render: null }
