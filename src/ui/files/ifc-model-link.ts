/**
 * The IFC model a hall was imported from, found again after the hall is reopened. The hall file names the model
 * (its file name and the IFC project's GlobalId) but does not hold it, tens of megabytes as a model often is: opening
 * the hall asks for the file, as a linked underlay's is asked for, and the chosen file comes back as the model layer
 * and as the original IFC export writes into. The hall itself is never replaced; a file of another project is refused.
 */
import { createStore } from 'zustand/vanilla';
import type { HallDocument } from '../../core/document';

export interface WantedModel {
  fileName: string;
  projectGlobalId?: string;
}

/** The model the open hall names and this session has not loaded (none: nothing to ask for). */
export const ifcModelLink = createStore<{ wanted?: WantedModel }>(() => ({}));

/** Asks for the model an opened hall was imported from, if it names one (undefined: ask for none). */
export function offerIfcModel(doc: HallDocument | undefined): void {
  const s = doc?.meta.source;
  const wanted = s?.kind === 'ifc' && s.fileName ? { fileName: s.fileName, ...(s.projectGlobalId ? { projectGlobalId: s.projectGlobalId } : {}) } : undefined;
  if (wanted || ifcModelLink.getState().wanted) ifcModelLink.setState({ wanted });
}

/** The user leaves the model for now: the hall is edited and checked without it. */
export function dismissIfcModel(): void {
  ifcModelLink.setState({ wanted: undefined });
}
