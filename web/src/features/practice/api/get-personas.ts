import { Persona, type PersonaList } from '../../../../../shared/contracts/practice.ts';
import { getAllPages } from '../../../lib/all-pages.ts';
import { z } from 'zod';

/** `GET /api/personas`, every page: presets first, then personas the user described. */
export function getPersonas(signal?: AbortSignal): Promise<PersonaList> {
  return getAllPages('/api/personas', z.array(Persona), signal);
}
