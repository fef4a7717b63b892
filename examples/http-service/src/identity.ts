// The caller's identity. Real authentication is the host's job (a gateway, SSO, a session): this example trusts the
// headers x-chuangwen-actor, x-chuangwen-role, x-chuangwen-unit and x-chuangwen-sites / x-chuangwen-units.
import { type Actor, ActorSchema } from '@chuangwen/machine';
import type { BilingualText } from '@chuangwen/model';
import type { FastifyRequest } from 'fastify';

const msg = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

/** The actor the headers name, or why they do not name one. */
export function actorOf(request: FastifyRequest): Actor | BilingualText {
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' && value.length > 0 ? value.slice(0, 2000) : undefined;
  };
  const list = (name: string) =>
    (header(name)?.split(',') ?? [])
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 500);
  const id = header('x-chuangwen-actor');
  if (id === undefined) return msg('缺少请求头 x-chuangwen-actor', 'missing header x-chuangwen-actor');
  const unitId = header('x-chuangwen-unit');
  const assigned = header('x-chuangwen-sites') !== undefined || header('x-chuangwen-units') !== undefined;
  const actor = ActorSchema.safeParse({
    id,
    role: header('x-chuangwen-role'),
    ...(unitId === undefined ? {} : { unitId }),
    ...(assigned
      ? { assignment: { siteIds: list('x-chuangwen-sites'), unitIds: list('x-chuangwen-units') } }
      : {}),
  });
  return actor.success
    ? actor.data
    : msg(
        '请求头中的人员、角色、单位或点位无效',
        'the actor, role, unit or sites in the headers are invalid',
      );
}
