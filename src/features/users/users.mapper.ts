// Row → API object for users, in one place.
import type { UserRecord } from './users.repository.js';

export interface UserDto {
  username: string;
  displayName: string;
  country: string;
  realm: string | null;
  avatarUrl: string | null;
  createdAt: string;
}

/** Where an avatar is served: by content address, so it can be cached for good. */
export const avatarUrl = (sha256: string | null | undefined): string | null => (sha256 ? `/api/v1/avatars/${sha256}` : null);

export interface MeDto extends UserDto {
  isAdmin: boolean;
}

export function toUserDto(u: UserRecord): UserDto {
  return {
    username: u.handle,
    displayName: u.displayName,
    country: u.country,
    realm: u.realm,
    avatarUrl: avatarUrl(u.avatarSha256),
    createdAt: u.createdAt.toISOString(),
  };
}

export function toMeDto(u: UserRecord): MeDto {
  return { ...toUserDto(u), isAdmin: u.isAdmin };
}

/** What an administrator sees of an account. */
export interface AdminUserDto extends MeDto {
  disabled: boolean;
  disabledAt: string | null;
}

export function toAdminUserDto(u: UserRecord, adminUsers: readonly string[]): AdminUserDto {
  return {
    ...toUserDto(u),
    isAdmin: u.isAdmin || adminUsers.includes(u.handle),
    disabled: u.disabledAt !== null,
    disabledAt: u.disabledAt?.toISOString() ?? null,
  };
}
