// Who uses the app. The gateway in front of the service knows the people who may sign in and sets the identity
// headers for the one the app names; the app keeps the list for offline use and the person chosen on the device.
import { ref } from 'vue';
import { read, write } from './idb.js';

/** A person who may sign in, as the gateway describes them. */
export interface Person {
  id: string;
  name: string;
  role: 'inspector' | 'unitStaff' | 'communityStaff' | 'supervisionGroup' | 'office';
  /** The unit a staff member acts for. */
  unitId?: string;
  /** The sites an inspector is assigned. */
  sites?: string[];
}

/** The gateway's description of the sign-in: the campaign and its people. */
export interface Gateway {
  campaignId: string;
  people: Person[];
}

const USER = 'chuangwen-field-user';

/** The person signed in on this device. */
export const user = ref<Person | undefined>();
/** The campaign and people, as last read from the gateway. */
export const gateway = ref<Gateway | undefined>();

/** Reads the gateway's people (or what the device kept of them) and who is signed in. */
export async function loadSession(): Promise<void> {
  try {
    const response = await fetch('./gateway/people');
    if (response.ok) {
      // The parsed copy is kept, not the reactive one the screens read (IndexedDB cannot store a proxy).
      const read = (await response.json()) as Gateway;
      await write('kept', 'gateway', read);
      gateway.value = read;
    }
  } catch {
    // No network: the device's copy serves.
  }
  gateway.value ??= await read<Gateway>('kept', 'gateway');
  const id = localStorage.getItem(USER);
  user.value = gateway.value?.people.find((p) => p.id === id);
}

/** Signs in as a person (or out). */
export function signIn(person: Person | undefined): void {
  user.value = person;
  if (person) localStorage.setItem(USER, person.id);
  else localStorage.removeItem(USER);
}
