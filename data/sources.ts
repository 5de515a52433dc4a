/** Works the dataset cites. Every `SourceRef.ref` in the data is one of these ids. */
import type { Source } from './schema'

export const SOURCES = [
  {
    id: 'travell-simons-v1',
    title: 'Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 1: Upper Half of Body',
    authors: 'Simons DG, Travell JG, Simons LS',
    year: 1999,
    edition: '2nd',
    publisher: 'Williams & Wilkins',
  },
  {
    id: 'travell-simons-v2',
    title: 'Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 2: The Lower Extremities',
    authors: 'Travell JG, Simons DG',
    year: 1992,
    edition: '1st',
    publisher: 'Williams & Wilkins',
  },
  {
    id: 'donnelly-2019',
    title: "Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual",
    authors: 'Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL',
    year: 2019,
    edition: '3rd',
    publisher: 'Wolters Kluwer',
  },
  {
    id: 'gray-anatomy',
    title: "Gray's Anatomy: The Anatomical Basis of Clinical Practice",
    authors: 'Standring S (ed.)',
    year: 2020,
    edition: '42nd',
    publisher: 'Elsevier',
  },
  {
    id: 'chaitow-delany-v1',
    title: 'Clinical Application of Neuromuscular Techniques. Volume 1: The Upper Body',
    authors: 'Chaitow L, DeLany JW',
    year: 2008,
    edition: '2nd',
    publisher: 'Churchill Livingstone',
  },
  {
    id: 'chaitow-delany-v2',
    title: 'Clinical Application of Neuromuscular Techniques. Volume 2: The Lower Body',
    authors: 'Chaitow L, DeLany JW',
    year: 2011,
    edition: '2nd',
    publisher: 'Churchill Livingstone',
  },
  {
    id: 'bodyparts3d',
    title: 'BodyParts3D',
    authors: 'Database Center for Life Science (DBCLS)',
    year: 2008,
    publisher: 'Database Center for Life Science',
    licence: 'CC BY-SA 2.1 JP',
    credit:
      'BodyParts3D, Copyright (c) 2008 Life Science Integrated Database Center, licensed by CC Display-Inheritance 2.1 Japan',
  },
] as const satisfies readonly Source[]
