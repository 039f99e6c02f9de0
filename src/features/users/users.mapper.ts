// Row → API object for users, in one place.
import type { UserRecord } from './users.repository.js';

export interface UserDto {
  username: string;
  displayName: string;
  country: string;
  realm: string | null;
  createdAt: string;
}

export interface MeDto extends UserDto {
  isAdmin: boolean;
}

export function toUserDto(u: UserRecord): UserDto {
  return {
    username: u.handle,
    displayName: u.displayName,
    country: u.country,
    realm: u.realm,
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
