import type { AnyStateMachine, EventObject, Snapshot } from 'xstate';
import { getAdjacencyMap, toDirectedGraph } from 'xstate/graph';

/**
 * Walks a machine with xstate/graph and compares what the walk took with what the machine defines: the states it
 * reached, and each defined edge (`from|event|to`) it did not take. Root-level edges (fact events) are left out.
 */
export function coverage<M extends AnyStateMachine>(
  machine: M,
  options: {
    input: unknown;
    events: EventObject[];
    serializeState: (s: Snapshot<unknown> & { value: unknown; context: any }) => string;
  },
) {
  const adjacency = getAdjacencyMap(machine, options as never) as unknown as Record<
    string,
    {
      state: { value: unknown };
      transitions: Record<string, { event: EventObject; state: { value: unknown } }>;
    }
  >;
  const reached = new Set<string>();
  const taken = new Set<string>();
  for (const { state: from, transitions } of Object.values(adjacency)) {
    reached.add(String(from.value));
    for (const step of Object.values(transitions))
      taken.add(`${String(from.value)}|${step.event.type}|${String(step.state.value)}`);
  }
  const prefix = `${machine.id}.`;
  const defined: string[] = [];
  const walk = (node: ReturnType<typeof toDirectedGraph>) => {
    for (const edge of node.edges) {
      if (edge.source.key === machine.id) continue;
      defined.push(
        `${edge.source.key.replace(prefix, '')}|${edge.label.text}|${edge.target.key.replace(prefix, '')}`,
      );
    }
    node.children.forEach(walk);
  };
  walk(toDirectedGraph(machine));
  return { reached: [...reached].sort(), defined, missed: defined.filter((e) => !taken.has(e)) };
}
