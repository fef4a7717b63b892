// Errors as RFC 9457 problem details (application/problem+json), in both languages.
import type { BilingualText, ValidationIssue } from '@chuangwen/model';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The most issues a response lists; the rest are counted. */
const MAX_ISSUES = 20;

export interface Problem {
  /** A URI naming the kind of problem. */
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** The problem's code, for programs. */
  code: string;
  /** The detail in both languages. */
  message: BilingualText;
  issues?: ValidationIssue[];
  issueCount?: number;
  [extension: string]: unknown;
}

const TITLES: Record<number, BilingualText> = {
  400: { 'zh-CN': '请求有误', en: 'Bad request' },
  401: { 'zh-CN': '未认证', en: 'Unauthenticated' },
  403: { 'zh-CN': '无权操作', en: 'Forbidden' },
  404: { 'zh-CN': '不存在', en: 'Not found' },
  409: { 'zh-CN': '冲突', en: 'Conflict' },
  413: { 'zh-CN': '请求过大', en: 'Payload too large' },
  415: { 'zh-CN': '不支持的内容类型', en: 'Unsupported media type' },
  422: { 'zh-CN': '无法处理', en: 'Unprocessable content' },
  503: { 'zh-CN': '服务繁忙', en: 'Service unavailable' },
  500: { 'zh-CN': '服务器内部错误', en: 'Internal error' },
};

/** The language a caller asked for: Chinese unless `Accept-Language` prefers English. */
function languageOf(request: FastifyRequest): 'zh-CN' | 'en' {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh-CN';
}

/** A problem, with at most `MAX_ISSUES` issues and the count of all. */
export function problem(
  request: FastifyRequest,
  status: number,
  code: string,
  message: BilingualText,
  extra: { issues?: readonly ValidationIssue[] } & Record<string, unknown> = {},
): Problem {
  const lang = languageOf(request);
  const { issues, ...rest } = extra;
  return {
    type: `https://chuangwen.dev/problems/${code}`,
    title: (TITLES[status] ?? TITLES[500]!)[lang],
    status,
    detail: message[lang],
    instance: request.url.slice(0, 500),
    code,
    message,
    ...(issues ? { issues: issues.slice(0, MAX_ISSUES), issueCount: issues.length } : {}),
    ...rest,
  };
}

/** Sends a problem. */
export function sendProblem(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}) {
  return reply
    .status(body.status)
    .headers(headers)
    .type('application/problem+json; charset=utf-8')
    .send(body);
}
