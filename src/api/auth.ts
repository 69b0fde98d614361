import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from './context';

/**
 * The keys of the API, from the environment. ADMIN_API_KEY enables the
 * mutations (without it they are refused); READ_API_KEY, when set, is needed
 * for every GraphQL request (the admin key also reads).
 */
export interface Credentials {
  adminKey?: string;
  readKey?: string;
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials {
  return { adminKey: env.ADMIN_API_KEY?.trim() || undefined, readKey: env.READ_API_KEY?.trim() || undefined };
}

/** What the caller's `Authorization: Bearer <key>` lets it do. */
export interface Access {
  admin: boolean;
  read: boolean;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Equal-length digests compared in constant time: a key cannot be guessed a byte at a time. */
function matches(given: string | undefined, key: string | undefined): boolean {
  return given !== undefined && key !== undefined && timingSafeEqual(digest(given), digest(key));
}

export function accessOf(authorization: string | undefined, credentials: Credentials): Access {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const admin = matches(given, credentials.adminKey);
  return { admin, read: admin || credentials.readKey === undefined || matches(given, credentials.readKey) };
}

const REALM = 'Bearer realm="pow-exchange-graph"';

/** 401 in the shape of a GraphQL response, before Apollo sees the request. */
export function requireReadAccess(credentials: Credentials) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (accessOf(req.get('authorization'), credentials).read) {
      next();
      return;
    }
    res
      .status(401)
      .set('WWW-Authenticate', REALM)
      .json({ errors: [{ message: 'A valid API key is required: send "Authorization: Bearer <key>".', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
}

/** The refusal of a mutation without the admin key (or of any mutation while writes are disabled). */
export function writeRefusal(credentials: Credentials, access: Access): GraphQLError | undefined {
  if (!credentials.adminKey) {
    return new GraphQLError('Writes are disabled: the server has no ADMIN_API_KEY.', {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    });
  }
  if (!access.admin) {
    return new GraphQLError('Mutations need the admin key: send "Authorization: Bearer <ADMIN_API_KEY>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', REALM]]) } },
    });
  }
  return undefined;
}

/**
 * Checks a mutation's credentials once the operation is known and before
 * anything runs, so a refused mutation writes nothing. The admin resolvers
 * check again (requireAdmin), in case an operation reaches them another way.
 */
export function mutationGuard(credentials: Credentials): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const refusal = writeRefusal(credentials, contextValue.access);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
