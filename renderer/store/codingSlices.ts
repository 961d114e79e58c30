// The coding workspace's slices, added to the store as one group.
import type { StateCreator } from 'zustand/vanilla';
import { type CodebookSlice, createCodebookSlice } from './codebookSlice';
import { type CoderSlice, createCoderSlice } from './coderSlice';
import { createEditSlice, type EditSlice } from './editSlice';
import { createExcerptsSlice, type ExcerptsSlice } from './excerptsSlice';
import { createMemosSlice, type MemosSlice } from './memosSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import type { Store } from './types';

export type CodingSlices = CoderSlice & ExcerptsSlice & EditSlice & CodebookSlice & MemosSlice & SearchSlice;

export const createCodingSlices: StateCreator<Store, [], [], CodingSlices> = (...a) => ({
  ...createCoderSlice(...a),
  ...createExcerptsSlice(...a),
  ...createEditSlice(...a),
  ...createCodebookSlice(...a),
  ...createMemosSlice(...a),
  ...createSearchSlice(...a),
});
