// Generated from openapi.yaml by `npm run openapi` (scripts/web-schema.ts): do not edit.
export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and a session
         * @description Create an account and a session. No authentication needed.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in: returns a new session token
         * @description Log in: returns a new session token. No authentication needed.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke this session
         * @description Revoke this session. A personal access token needs the write scope.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke every session of this account, this one included
         * @description Revoke every session of this account, this one included. Needs a login session: personal access tokens are refused.
         */
        post: operations["logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My profile
         * @description My profile. A personal access token needs the read scope.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my display name or country
         * @description Change my display name or country. A personal access token needs the write scope.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change my password; every other session is revoked
         * @description Change my password; every other session is revoked. Needs a login session: personal access tokens are refused.
         */
        put: operations["changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Directory of this realm’s users
         * @description Directory of this realm’s users. A personal access token needs the read scope.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user’s profile
         * @description A user’s profile. A personal access token needs the read scope.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users online now
         * @description Users online now. A personal access token needs the read scope.
         */
        get: operations["listOnlineUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My login sessions (devices)
         * @description My login sessions (devices). Needs a login session: personal access tokens are refused.
         */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Log out one of my sessions; its WebSocket and TCP connections close
         * @description Log out one of my sessions; its WebSocket and TCP connections close. Needs a login session: personal access tokens are refused.
         */
        delete: operations["revokeMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My personal access tokens (without their secrets)
         * @description My personal access tokens (without their secrets). Needs a login session: personal access tokens are refused.
         */
        get: operations["listMyTokens"];
        put?: never;
        /**
         * Create a personal access token for a bot or script: use it as Bearer; shown once
         * @description Create a personal access token for a bot or script: use it as Bearer; shown once. Needs a login session: personal access tokens are refused.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a personal access token
         * @description Revoke a personal access token. Needs a login session: personal access tokens are refused.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set my avatar (multipart/form-data, field "file"): an image, known by its bytes
         * @description Set my avatar (multipart/form-data, field "file"): an image, known by its bytes. A personal access token needs the write scope.
         */
        put: operations["setAvatar"];
        post?: never;
        /**
         * Remove my avatar
         * @description Remove my avatar. A personal access token needs the write scope.
         */
        delete: operations["removeAvatar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/avatars/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An avatar image (its address is its SHA-256: cached for good)
         * @description An avatar image (its address is its SHA-256: cached for good). No authentication needed.
         */
        get: operations["getAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/direct/{username}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of my DM with a user
         * @description History of my DM with a user. A personal access token needs the read scope.
         */
        get: operations["getDirectHistory"];
        put?: never;
        /**
         * Send a private message: text, a file (by id), or both; to yourself it is a note
         * @description Send a private message: text, a file (by id), or both; to yourself it is a note. A personal access token needs the write scope.
         */
        post: operations["sendDirectMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/direct/{username}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file and send it privately in one step (multipart: file, optional text)
         * @description Upload a file and send it privately in one step (multipart: file, optional text). A personal access token needs the write scope.
         */
        post: operations["sendDirectFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My groups (mine=true), public groups to browse (mine=false), or my invitations (invited=true)
         * @description My groups (mine=true), public groups to browse (mine=false), or my invitations (invited=true). A personal access token needs the read scope.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group; I become its owner
         * @description Create a group; I become its owner. A personal access token needs the write scope.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A group
         * @description A group. A personal access token needs the read scope.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete the group (owner)
         * @description Delete the group (owner). A personal access token needs the write scope.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Change description or visibility (owner/admin)
         * @description Change description or visibility (owner/admin). A personal access token needs the write scope.
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/api/v1/groups/{name}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a public group, or accept an invitation (a group of another realm: 202, confirmed by a member.joined event)
         * @description Join a public group, or accept an invitation (a group of another realm: 202, confirmed by a member.joined event). A personal access token needs the write scope.
         */
        post: operations["joinGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{name}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave a group (the last owner must hand over ownership first)
         * @description Leave a group (the last owner must hand over ownership first). A personal access token needs the write scope.
         */
        post: operations["leaveGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{name}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of a group
         * @description Members of a group. A personal access token needs the read scope.
         */
        get: operations["listGroupMembers"];
        put?: never;
        /**
         * Add a member (public group) or invite a user (invite-only group); owner/admin. A user of another realm is always invited: their realm lets them in only when they join
         * @description Add a member (public group) or invite a user (invite-only group); owner/admin. A user of another realm is always invited: their realm lets them in only when they join. A personal access token needs the write scope.
         */
        post: operations["addGroupMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{name}/members/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (owner/admin), or myself
         * @description Remove a member (owner/admin), or myself. A personal access token needs the write scope.
         */
        delete: operations["removeGroupMember"];
        options?: never;
        head?: never;
        /**
         * Change a member’s role (owner)
         * @description Change a member’s role (owner). A personal access token needs the write scope.
         */
        patch: operations["setGroupMemberRole"];
        trace?: never;
    };
    "/api/v1/groups/{name}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Group history (members only)
         * @description Group history (members only). A personal access token needs the read scope.
         */
        get: operations["getGroupHistory"];
        put?: never;
        /**
         * Send a message (text, a file by id, or both) to a group I am a member of
         * @description Send a message (text, a file by id, or both) to a group I am a member of. A personal access token needs the write scope.
         */
        post: operations["sendGroupMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{name}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file and send it to a group in one step (multipart: file, optional text)
         * @description Upload a file and send it to a group in one step (multipart: file, optional text). A personal access token needs the write scope.
         */
        post: operations["sendGroupFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/thread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A thread: its first message and the replies, oldest first (asked by any message of the thread)
         * @description A thread: its first message and the replies, oldest first (asked by any message of the thread). A personal access token needs the read scope.
         */
        get: operations["getThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/reactions/{emoji}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * React with an emoji (once per emoji; again is a no-op)
         * @description React with an emoji (once per emoji; again is a no-op). A personal access token needs the write scope.
         */
        put: operations["addReaction"];
        post?: never;
        /**
         * Take my reaction back
         * @description Take my reaction back. A personal access token needs the write scope.
         */
        delete: operations["removeReaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Pin the message in its conversation (group owners/admins, either side of a DM)
         * @description Pin the message in its conversation (group owners/admins, either side of a DM). A personal access token needs the write scope.
         */
        put: operations["pinMessage"];
        post?: never;
        /**
         * Unpin the message
         * @description Unpin the message. A personal access token needs the write scope.
         */
        delete: operations["unpinMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message
         * @description One message. A personal access token needs the read scope.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /**
         * Delete a message (author, or group owner/admin); leaves a tombstone
         * @description Delete a message (author, or group owner/admin); leaves a tombstone. A personal access token needs the write scope.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        /**
         * Edit my message
         * @description Edit my message. A personal access token needs the write scope.
         */
        patch: operations["editMessage"];
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My DMs and groups, most recent first, with unread counts
         * @description My DMs and groups, most recent first, with unread counts. A personal access token needs the read scope.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move my read marker forward (never backwards)
         * @description Move my read marker forward (never backwards). A personal access token needs the write scope.
         */
        post: operations["markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/pins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pinned messages of a conversation, most recently pinned first
         * @description The pinned messages of a conversation, most recently pinned first. A personal access token needs the read scope.
         */
        get: operations["listPins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages that mention me, newest first (from conversations I belong to)
         * @description Messages that mention me, newest first (from conversations I belong to). A personal access token needs the read scope.
         */
        get: operations["listMentions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My unread messages, grouped by conversation
         * @description My unread messages, grouped by conversation. A personal access token needs the read scope.
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the messages I can read (ranked, with snippets), and users and groups by name
         * @description Search the messages I can read (ranked, with snippets), and users and groups by name. A personal access token needs the read scope.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file (multipart/form-data, field "file"); send it with a message by its id
         * @description Upload a file (multipart/form-data, field "file"); send it with a message by its id. A personal access token needs the write scope.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file’s metadata
         * @description A file’s metadata. A personal access token needs the read scope.
         */
        get: operations["getFileMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file (Range and If-None-Match supported)
         * @description Download a file (Range and If-None-Match supported). A personal access token needs the read scope.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/realms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Peers of this realm
         * @description Peers of this realm. Administrators only; a personal access token needs the read and admin scopes.
         */
        get: operations["listPeers"];
        put?: never;
        /**
         * Add a peer: fetches its realm document, checks it, pins its key
         * @description Add a peer: fetches its realm document, checks it, pins its key. Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["addPeer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/realms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a peer (its undelivered events are dropped)
         * @description Remove a peer (its undelivered events are dropped). Administrators only; a personal access token needs the write and admin scopes.
         */
        delete: operations["removePeer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/federation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery state per peer: queue depth, oldest undelivered, last success/error, next attempt
         * @description Delivery state per peer: queue depth, oldest undelivered, last success/error, next attempt. Administrators only; a personal access token needs the read and admin scopes.
         */
        get: operations["getFederationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/realm/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate this realm’s signing key and announce the new one to every peer, signed with the old
         * @description Rotate this realm’s signing key and announce the new one to every peer, signed with the old. Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["rotateRealmKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts of this realm, disabled ones included
         * @description Accounts of this realm, disabled ones included. Administrators only; a personal access token needs the read and admin scopes.
         */
        get: operations["adminListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account
         * @description One account. Administrators only; a personal access token needs the read and admin scopes.
         */
        get: operations["adminGetUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account: it cannot log in, and its sessions and tokens end everywhere
         * @description Disable an account: it cannot log in, and its sessions and tokens end everywhere. Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["adminDisableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account
         * @description Enable a disabled account. Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["adminEnableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password (generated when none is given, returned once); every session of the account ends
         * @description Set a new password (generated when none is given, returned once); every session of the account ends. Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["adminResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an account an administrator
         * @description Make an account an administrator. Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["adminPromoteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{username}/demote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take administration away (never from the last administrator)
         * @description Take administration away (never from the last administrator). Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["adminDemoteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who may register
         * @description Who may register. Administrators only; a personal access token needs the read and admin scopes.
         */
        get: operations["getRegistrationMode"];
        /**
         * Open, restrict to invites, or close registration (takes precedence over REGISTRATION)
         * @description Open, restrict to invites, or close registration (takes precedence over REGISTRATION). Administrators only; a personal access token needs the write and admin scopes.
         */
        put: operations["setRegistrationMode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-use invite code for registration by invite; shown once
         * @description A one-use invite code for registration by invite; shown once. Administrators only; a personal access token needs the write and admin scopes.
         */
        post: operations["createInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "error": {
         *         "code": "validation_failed",
         *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
         *         "details": {
         *           "issues": [
         *             {
         *               "path": "username",
         *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
         *             }
         *           ]
         *         },
         *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
         *       }
         *     }
         */
        Error: {
            error: {
                /** @description Stable machine-readable code, e.g. validation_failed, not_found */
                code: string;
                message: string;
                /** @description More about the error: for validation_failed, issues naming each field */
                details?: {
                    issues?: {
                        path: string;
                        message: string;
                    }[];
                } & {
                    [key: string]: unknown;
                };
                /** @description This request’s id (also the x-request-id header and the reqId of its log line) */
                requestId?: string;
            };
        };
        /**
         * @example {
         *       "username": "alice",
         *       "displayName": "Alice Wijaya",
         *       "country": "ID",
         *       "realm": null,
         *       "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        User: {
            /** @description Handle: lowercase; "user@realm" for users of another realm */
            username: string;
            displayName: string;
            country: string;
            /** @description null for users of this realm */
            realm: string | null;
            /** @description Path of the avatar image (GET, no authentication needed); null when none */
            avatarUrl: string | null;
            /**
             * Format: date-time
             * @description ISO 8601
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "username": "alice",
         *       "displayName": "Alice Wijaya",
         *       "country": "ID",
         *       "realm": null,
         *       "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "isAdmin": false
         *     }
         */
        Me: {
            /** @description Handle: lowercase; "user@realm" for users of another realm */
            username: string;
            displayName: string;
            country: string;
            /** @description null for users of this realm */
            realm: string | null;
            /** @description Path of the avatar image (GET, no authentication needed); null when none */
            avatarUrl: string | null;
            /**
             * Format: date-time
             * @description ISO 8601
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            isAdmin: boolean;
        };
        /**
         * @example {
         *       "user": {
         *         "username": "alice",
         *         "displayName": "Alice Wijaya",
         *         "country": "ID",
         *         "realm": null,
         *         "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
         *         "createdAt": "2026-12-01T09:30:00.000Z",
         *         "isAdmin": false
         *       },
         *       "token": "kN3f0e5Zr9yq2mW8tB1xV7cH4dJ6sL0aQpE2uY9iT3o"
         *     }
         */
        Session: {
            user: components["schemas"]["Me"];
            /** @description Bearer token; shown once */
            token: string;
        };
        /**
         * @example {
         *       "id": "01JF0Q9B2C3D4E5F6G7H8J9K0M",
         *       "name": "foto-rapat.jpg",
         *       "size": 182044,
         *       "mimeType": "image/jpeg",
         *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        File: {
            id: string;
            /** @description Display name from the uploader (sanitized; never a server path) */
            name: string;
            /** @description Bytes */
            size: number;
            mimeType: string;
            /** @description Hex SHA-256 of the bytes; also the download ETag */
            sha256: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "id": "realm-b",
         *       "url": "https://chat.realm-b.example",
         *       "keyId": "ed25519:01JF0QC2D3E4F5G6H7J8K9M0N1",
         *       "source": "admin",
         *       "addedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Peer: {
            id: string;
            url: string;
            keyId: string;
            source: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            addedAt: string;
        };
        /**
         * @example {
         *       "peer": "realm-b",
         *       "url": "https://chat.realm-b.example",
         *       "state": "backoff",
         *       "queueDepth": 3,
         *       "oldestPendingAgeSeconds": 41.5,
         *       "failures": 2,
         *       "nextAttemptAt": "2026-12-01T09:31:00.000Z",
         *       "lastSuccessAt": "2026-12-01T09:20:00.000Z",
         *       "lastError": "connect ECONNREFUSED",
         *       "lastErrorAt": "2026-12-01T09:30:30.000Z"
         *     }
         */
        PeerStatus: {
            peer: string;
            url: string;
            /** @enum {string} */
            state: "idle" | "sending" | "backoff";
            /** @description Events waiting for delivery */
            queueDepth: number;
            /** @description Age of the oldest undelivered event */
            oldestPendingAgeSeconds: number | null;
            /** @description Consecutive failed attempts */
            failures: number;
            nextAttemptAt: string | null;
            lastSuccessAt: string | null;
            lastError: string | null;
            lastErrorAt: string | null;
        };
        /**
         * @example {
         *       "id": "01JF0QA1B2C3D4E5F6G7H8J9K0",
         *       "current": true,
         *       "origin": "api",
         *       "userAgent": "Mozilla/5.0 (Android 15; Mobile)",
         *       "ip": "203.0.113.7",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "lastUsedAt": "2026-12-01T10:05:00.000Z",
         *       "expiresAt": "2026-12-31T10:05:00.000Z"
         *     }
         */
        SessionInfo: {
            id: string;
            /** @description The session making this request */
            current: boolean;
            /** @description api: REST/WebSocket login; legacy: TCP adapter */
            origin: string;
            /** @description User-Agent of the login request (empty for TCP) */
            userAgent: string;
            /** @description Address the login came from */
            ip: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Updated at most once a minute
             * @example 2026-12-01T09:30:00.000Z
             */
            lastUsedAt: string;
            /**
             * Format: date-time
             * @description Extended on use
             * @example 2026-12-01T09:30:00.000Z
             */
            expiresAt: string;
        };
        /**
         * @example {
         *       "id": "01JF0QB7C8D9E0F1G2H3J4K5M6",
         *       "name": "ci bot",
         *       "scopes": [
         *         "read",
         *         "write"
         *       ],
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "lastUsedAt": "2026-12-01T09:30:00.000Z",
         *       "expiresAt": "2027-03-01T09:30:00.000Z"
         *     }
         */
        TokenInfo: {
            id: string;
            name: string;
            scopes: ("read" | "write" | "admin")[];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            lastUsedAt: string;
            /** @description null: never expires */
            expiresAt: string | null;
        };
        /**
         * @example {
         *       "username": "bob",
         *       "displayName": "Bob Santoso",
         *       "country": "ID",
         *       "realm": null,
         *       "avatarUrl": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "isAdmin": false,
         *       "disabled": true,
         *       "disabledAt": "2026-12-02T08:00:00.000Z"
         *     }
         */
        AdminUser: {
            /** @description Handle: lowercase; "user@realm" for users of another realm */
            username: string;
            displayName: string;
            country: string;
            /** @description null for users of this realm */
            realm: string | null;
            /** @description Path of the avatar image (GET, no authentication needed); null when none */
            avatarUrl: string | null;
            /**
             * Format: date-time
             * @description ISO 8601
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            isAdmin: boolean;
            disabled: boolean;
            disabledAt: string | null;
        };
        /**
         * @example {
         *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
         *       "sender": "alice",
         *       "senderName": "Alice Wijaya",
         *       "preview": "Selamat pagi! Rapat jam 10?",
         *       "hasFile": false,
         *       "deleted": false
         *     }
         */
        Quote: {
            id: string;
            sender: string;
            senderName: string;
            /** @description The first 200 characters of its text; null once deleted or when it is only a file */
            preview: string | null;
            hasFile: boolean;
            deleted: boolean;
        };
        /**
         * @example {
         *       "emoji": "👍",
         *       "count": 2,
         *       "me": true
         *     }
         */
        Reaction: {
            emoji: string;
            count: number;
            /** @description Whether I reacted with it */
            me: boolean;
        };
        /**
         * @example {
         *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
         *       "conversation": "dm:bob",
         *       "seq": 42,
         *       "sender": "alice",
         *       "senderName": "Alice Wijaya",
         *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
         *       "text": "Selamat pagi! Rapat jam 10?",
         *       "file": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "editedAt": null,
         *       "deleted": false,
         *       "replyTo": null,
         *       "threadId": null,
         *       "replyCount": 3,
         *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
         *       "pinnedAt": null,
         *       "reactions": [
         *         {
         *           "emoji": "👍",
         *           "count": 2,
         *           "me": true
         *         }
         *       ],
         *       "mentions": []
         *     }
         */
        Message: {
            /** @description Globally unique message id (ULID) */
            id: string;
            /** @description "dm:<username>" or "group:<name>" */
            conversation: string;
            /** @description Position in the conversation, strictly increasing */
            seq: number;
            sender: string;
            /** @description The sender’s display name when sent */
            senderName: string;
            /** @description The sender’s avatar (as it is now); null when none */
            senderAvatarUrl: string | null;
            /** @description null when the message has only a file, or once deleted */
            text: string | null;
            /** @description The attached file (download: GET /files/{id}) */
            file: components["schemas"]["File"] | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            editedAt: string | null;
            deleted: boolean;
            /** @description For a reply: the message it answers */
            replyTo: components["schemas"]["Quote"] | null;
            /** @description For a reply: the first message of its thread (GET /messages/{threadId}/thread) */
            threadId: string | null;
            /** @description On a thread’s first message: how many replies it has */
            replyCount: number;
            lastReplyAt: string | null;
            /** @description When it was pinned in its conversation; null if not */
            pinnedAt: string | null;
            /** @description Each emoji with its count and whether I reacted (first used first) */
            reactions: components["schemas"]["Reaction"][];
            /** @description Users the text mentions (@name, @name@realm, @all) who can read it */
            mentions: string[];
        };
        /**
         * @example {
         *       "name": "surabaya",
         *       "description": "Kabar dari Surabaya",
         *       "visibility": "public",
         *       "memberCount": 12,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "myRole": "member",
         *       "homeRealm": null
         *     }
         */
        Group: {
            name: string;
            description: string;
            /** @enum {string} */
            visibility: "public" | "invite";
            memberCount: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            myRole: ("owner" | "admin" | "member" | "invited") | null;
            /** @description For a group of another realm ("team@realm-b"): that realm */
            homeRealm: string | null;
        };
        /**
         * @example {
         *       "username": "bob",
         *       "displayName": "Bob Santoso",
         *       "role": "member",
         *       "joinedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Member: {
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "invited";
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            joinedAt: string;
        };
        /**
         * @example {
         *       "id": "dm:bob",
         *       "type": "dm",
         *       "title": "Bob Santoso",
         *       "lastSeq": 42,
         *       "lastReadSeq": 40,
         *       "unread": 2,
         *       "mentions": 1,
         *       "lastMessage": {
         *         "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
         *         "conversation": "dm:bob",
         *         "seq": 42,
         *         "sender": "alice",
         *         "senderName": "Alice Wijaya",
         *         "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
         *         "text": "Selamat pagi! Rapat jam 10?",
         *         "file": null,
         *         "createdAt": "2026-12-01T09:30:00.000Z",
         *         "editedAt": null,
         *         "deleted": false,
         *         "replyTo": null,
         *         "threadId": null,
         *         "replyCount": 3,
         *         "lastReplyAt": "2026-12-01T09:42:00.000Z",
         *         "pinnedAt": null,
         *         "reactions": [
         *           {
         *             "emoji": "👍",
         *             "count": 2,
         *             "me": true
         *           }
         *         ],
         *         "mentions": []
         *       },
         *       "lastActivityAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Conversation: {
            /** @description "dm:<username>" or "group:<name>" */
            id: string;
            /** @enum {string} */
            type: "dm" | "group";
            title: string;
            lastSeq: number;
            lastReadSeq: number;
            unread: number;
            /** @description Unread messages that mention me */
            mentions: number;
            lastMessage: components["schemas"]["Message"] | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            lastActivityAt: string;
        };
        /**
         * @example {
         *       "message": {
         *         "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
         *         "conversation": "dm:bob",
         *         "seq": 42,
         *         "sender": "alice",
         *         "senderName": "Alice Wijaya",
         *         "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
         *         "text": "Selamat pagi! Rapat jam 10?",
         *         "file": null,
         *         "createdAt": "2026-12-01T09:30:00.000Z",
         *         "editedAt": null,
         *         "deleted": false,
         *         "replyTo": null,
         *         "threadId": null,
         *         "replyCount": 3,
         *         "lastReplyAt": "2026-12-01T09:42:00.000Z",
         *         "pinnedAt": null,
         *         "reactions": [
         *           {
         *             "emoji": "👍",
         *             "count": 2,
         *             "me": true
         *           }
         *         ],
         *         "mentions": []
         *       },
         *       "snippet": "Selamat pagi! Rapat jam 10?",
         *       "highlights": [
         *         [
         *           14,
         *           19
         *         ]
         *       ],
         *       "score": 1.2
         *     }
         */
        SearchResult: {
            message: components["schemas"]["Message"];
            /** @description The matching part of the text: all of it when short, else a window around the first match with "…" where text was left out */
            snippet: string;
            /** @description The matched words in `snippet`: [start, end) offsets in UTF-16 code units (JavaScript string indexes) */
            highlights: number[][];
            /** @description Relevance; higher is better; comparable only within one search */
            score: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description This request’s id, also in error bodies and the log
         * @example 3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b
         */
        RequestId: string;
        /**
         * @description Requests allowed in the current window
         * @example 6000
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current window
         * @example 5999
         */
        RateLimitRemaining: number;
        /**
         * @description Seconds until the window resets
         * @example 60
         */
        RateLimitReset: number;
        /**
         * @description Seconds to wait before trying again
         * @example 30
         */
        RetryAfter: number;
        /**
         * @description The file’s quoted SHA-256: send it as If-None-Match
         * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
         */
        ETag: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "alice",
                 *       "password": "correct horse battery",
                 *       "displayName": "Alice Wijaya",
                 *       "country": "ID"
                 *     }
                 */
                "application/json": {
                    /** @description 1–32 characters of a-z 0-9 _ . - (case-insensitive) */
                    username: string;
                    /** @description 8–256 characters */
                    password: string;
                    /** @description Up to 64 characters; defaults to the username */
                    displayName?: string;
                    country?: string;
                    /** @description Invite code; required while registration is by invite */
                    invite?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "username": "alice",
                     *         "displayName": "Alice Wijaya",
                     *         "country": "ID",
                     *         "realm": null,
                     *         "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *         "createdAt": "2026-12-01T09:30:00.000Z",
                     *         "isAdmin": false
                     *       },
                     *       "token": "kN3f0e5Zr9yq2mW8tB1xV7cH4dJ6sL0aQpE2uY9iT3o"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "alice",
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "username": "alice",
                     *         "displayName": "Alice Wijaya",
                     *         "country": "ID",
                     *         "realm": null,
                     *         "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *         "createdAt": "2026-12-01T09:30:00.000Z",
                     *         "isAdmin": false
                     *       },
                     *       "token": "kN3f0e5Zr9yq2mW8tB1xV7cH4dJ6sL0aQpE2uY9iT3o"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revokedSessions": 1
                     *     }
                     */
                    "application/json": {
                        revokedSessions: number;
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "alice",
                     *       "displayName": "Alice Wijaya",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Alice W.",
                 *       "country": "ID"
                 *     }
                 */
                "application/json": {
                    displayName?: string;
                    country?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "alice",
                     *       "displayName": "Alice Wijaya",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "correct horse battery",
                 *       "newPassword": "battery staple horse"
                 *     }
                 */
                "application/json": {
                    currentPassword: string;
                    /** @description 8–256 characters */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revokedSessions": 1
                     *     }
                     */
                    "application/json": {
                        revokedSessions: number;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Matches username or display name */
                q?: string;
                /** @description Cursor: the last username of the previous page */
                after?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "users": [
                     *         {
                     *           "username": "alice",
                     *           "displayName": "Alice Wijaya",
                     *           "country": "ID",
                     *           "realm": null,
                     *           "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *           "createdAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "next": "example"
                     *     }
                     */
                    "application/json": {
                        users: components["schemas"]["User"][];
                        /** @description Cursor for the next page */
                        next: string | null;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "alice",
                     *       "displayName": "Alice Wijaya",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "createdAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOnlineUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "online": [
                     *         {
                     *           "username": "alice",
                     *           "displayName": "Alice Wijaya",
                     *           "country": "ID",
                     *           "realm": null,
                     *           "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *           "createdAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        online: components["schemas"]["User"][];
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": [
                     *         {
                     *           "id": "01JF0QA1B2C3D4E5F6G7H8J9K0",
                     *           "current": true,
                     *           "origin": "api",
                     *           "userAgent": "Mozilla/5.0 (Android 15; Mobile)",
                     *           "ip": "203.0.113.7",
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "lastUsedAt": "2026-12-01T10:05:00.000Z",
                     *           "expiresAt": "2026-12-31T10:05:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        sessions: components["schemas"]["SessionInfo"][];
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tokens": [
                     *         {
                     *           "id": "01JF0QB7C8D9E0F1G2H3J4K5M6",
                     *           "name": "ci bot",
                     *           "scopes": [
                     *             "read",
                     *             "write"
                     *           ],
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "lastUsedAt": "2026-12-01T09:30:00.000Z",
                     *           "expiresAt": "2027-03-01T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        tokens: components["schemas"]["TokenInfo"][];
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example",
                 *       "scopes": [
                 *         "read"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description What it is for */
                    name: string;
                    /** @description read: GET and receiving events; write: sending and changing; admin: the admin API (admins only) */
                    scopes: ("read" | "write" | "admin")[];
                    /** @description Omitted: the token never expires */
                    expiresInDays?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "example",
                     *       "name": "example",
                     *       "scopes": [
                     *         "read"
                     *       ],
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "lastUsedAt": "2026-12-01T09:30:00.000Z",
                     *       "expiresAt": "2026-12-01T09:30:00.000Z",
                     *       "token": "example"
                     *     }
                     */
                    "application/json": {
                        id: string;
                        name: string;
                        scopes: ("read" | "write" | "admin")[];
                        /**
                         * Format: date-time
                         * @example 2026-12-01T09:30:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @example 2026-12-01T09:30:00.000Z
                         */
                        lastUsedAt: string;
                        /** @description null: never expires */
                        expiresAt: string | null;
                        /** @description The secret; shown only now */
                        token: string;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A PNG, JPEG, GIF or WebP image, at most 1048576 bytes
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "alice",
                     *       "displayName": "Alice Wijaya",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "alice",
                     *       "displayName": "Alice Wijaya",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDirectHistory: {
        parameters: {
            query?: {
                /** @description Only messages with seq < before (newest first) */
                before?: number;
                /** @description Only messages with seq > after, oldest first */
                after?: number;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messages": [
                     *         {
                     *           "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *           "conversation": "dm:bob",
                     *           "seq": 42,
                     *           "sender": "alice",
                     *           "senderName": "Alice Wijaya",
                     *           "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *           "text": "Selamat pagi! Rapat jam 10?",
                     *           "file": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "editedAt": null,
                     *           "deleted": false,
                     *           "replyTo": null,
                     *           "threadId": null,
                     *           "replyCount": 3,
                     *           "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *           "pinnedAt": null,
                     *           "reactions": [
                     *             {
                     *               "emoji": "👍",
                     *               "count": 2,
                     *               "me": true
                     *             }
                     *           ],
                     *           "mentions": []
                     *         }
                     *       ],
                     *       "hasMore": true
                     *     }
                     */
                    "application/json": {
                        messages: components["schemas"]["Message"][];
                        /** @description More messages exist beyond this page */
                        hasMore: boolean;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendDirectMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe sends: the same key from the same user with the same body returns the first message (200); with a different body, 422 idempotency_key_reused */
                "idempotency-key"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        /** @description Text, a file, or both */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Selamat pagi! Rapat jam 10?"
                 *     }
                 */
                "application/json": {
                    /** @description 1–10,000 characters after trimming; no control characters but newline and tab */
                    text?: string;
                    /** @description A file from POST /files (yours, or one you can read) */
                    fileId?: string;
                    /** @description Answer this message (of the same conversation): the reply quotes it and joins its thread */
                    replyTo?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Response */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was used for a different request body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendDirectFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Exactly one file
                     */
                    file: Blob;
                    /** @description Optional message text sent with the file */
                    text?: string;
                    /** @description Optional: the id of the message this one answers */
                    replyTo?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Response */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was used for a different request body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Storage quota exceeded */
            507: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description true: my groups; false: public groups to browse */
                mine?: boolean;
                /** @description true: the groups I am invited to (waiting for me to join), whatever `mine` says */
                invited?: boolean;
                q?: string;
                /** @description Cursor: the last group name of the previous page */
                after?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "groups": [
                     *         {
                     *           "name": "surabaya",
                     *           "description": "Kabar dari Surabaya",
                     *           "visibility": "public",
                     *           "memberCount": 12,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "myRole": "member",
                     *           "homeRealm": null
                     *         }
                     *       ],
                     *       "next": "example"
                     *     }
                     */
                    "application/json": {
                        groups: components["schemas"]["Group"][];
                        next: string | null;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "surabaya",
                 *       "description": "Kabar dari Surabaya",
                 *       "visibility": "public"
                 *     }
                 */
                "application/json": {
                    /** @description 1–64 characters of a-z 0-9 _ . - (case-insensitive) */
                    name: string;
                    /** @description Up to 1,000 characters */
                    description?: string;
                    /**
                     * @description public (anyone may join) or invite (default public)
                     * @enum {string}
                     */
                    visibility?: "public" | "invite";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "surabaya",
                     *       "description": "Kabar dari Surabaya",
                     *       "visibility": "public",
                     *       "memberCount": 12,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "myRole": "member",
                     *       "homeRealm": null
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "surabaya",
                     *       "description": "Kabar dari Surabaya",
                     *       "visibility": "public",
                     *       "memberCount": 12,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "myRole": "member",
                     *       "homeRealm": null
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Kabar dan rapat",
                 *       "visibility": "invite"
                 *     }
                 */
                "application/json": {
                    description?: string;
                    /** @enum {string} */
                    visibility?: "public" | "invite";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "surabaya",
                     *       "description": "Kabar dari Surabaya",
                     *       "visibility": "public",
                     *       "memberCount": 12,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "myRole": "member",
                     *       "homeRealm": null
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    joinGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "surabaya",
                     *       "description": "Kabar dari Surabaya",
                     *       "visibility": "public",
                     *       "memberCount": 12,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "myRole": "member",
                     *       "homeRealm": null
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Response */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "surabaya",
                     *       "description": "Kabar dari Surabaya",
                     *       "visibility": "public",
                     *       "memberCount": 12,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "myRole": "member",
                     *       "homeRealm": null
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    leaveGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listGroupMembers: {
        parameters: {
            query?: {
                after?: string;
                /** @description Page size, 1–500 */
                limit?: number;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "members": [
                     *         {
                     *           "username": "bob",
                     *           "displayName": "Bob Santoso",
                     *           "role": "member",
                     *           "joinedAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "next": "example"
                     *     }
                     */
                    "application/json": {
                        members: components["schemas"]["Member"][];
                        next: string | null;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "bob"
                 *     }
                 */
                "application/json": {
                    /** @description A user of this realm, or user@realm */
                    username: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "bob",
                     *       "displayName": "Bob Santoso",
                     *       "role": "member",
                     *       "joinedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setGroupMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "admin"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "member";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "bob",
                     *       "displayName": "Bob Santoso",
                     *       "role": "member",
                     *       "joinedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGroupHistory: {
        parameters: {
            query?: {
                /** @description Only messages with seq < before (newest first) */
                before?: number;
                /** @description Only messages with seq > after, oldest first */
                after?: number;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messages": [
                     *         {
                     *           "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *           "conversation": "dm:bob",
                     *           "seq": 42,
                     *           "sender": "alice",
                     *           "senderName": "Alice Wijaya",
                     *           "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *           "text": "Selamat pagi! Rapat jam 10?",
                     *           "file": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "editedAt": null,
                     *           "deleted": false,
                     *           "replyTo": null,
                     *           "threadId": null,
                     *           "replyCount": 3,
                     *           "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *           "pinnedAt": null,
                     *           "reactions": [
                     *             {
                     *               "emoji": "👍",
                     *               "count": 2,
                     *               "me": true
                     *             }
                     *           ],
                     *           "mentions": []
                     *         }
                     *       ],
                     *       "hasMore": true
                     *     }
                     */
                    "application/json": {
                        messages: components["schemas"]["Message"][];
                        /** @description More messages exist beyond this page */
                        hasMore: boolean;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendGroupMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe sends: the same key from the same user with the same body returns the first message (200); with a different body, 422 idempotency_key_reused */
                "idempotency-key"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        /** @description Text, a file, or both */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Selamat pagi! Rapat jam 10?"
                 *     }
                 */
                "application/json": {
                    /** @description 1–10,000 characters after trimming; no control characters but newline and tab */
                    text?: string;
                    /** @description A file from POST /files (yours, or one you can read) */
                    fileId?: string;
                    /** @description Answer this message (of the same conversation): the reply quotes it and joins its thread */
                    replyTo?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Response */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was used for a different request body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendGroupFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Exactly one file
                     */
                    file: Blob;
                    /** @description Optional message text sent with the file */
                    text?: string;
                    /** @description Optional: the id of the message this one answers */
                    replyTo?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Response */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was used for a different request body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Storage quota exceeded */
            507: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getThread: {
        parameters: {
            query?: {
                /** @description Replies with seq > after */
                after?: number;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "root": {
                     *         "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *         "conversation": "dm:bob",
                     *         "seq": 42,
                     *         "sender": "alice",
                     *         "senderName": "Alice Wijaya",
                     *         "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *         "text": "Selamat pagi! Rapat jam 10?",
                     *         "file": null,
                     *         "createdAt": "2026-12-01T09:30:00.000Z",
                     *         "editedAt": null,
                     *         "deleted": false,
                     *         "replyTo": null,
                     *         "threadId": null,
                     *         "replyCount": 3,
                     *         "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *         "pinnedAt": null,
                     *         "reactions": [
                     *           {
                     *             "emoji": "👍",
                     *             "count": 2,
                     *             "me": true
                     *           }
                     *         ],
                     *         "mentions": []
                     *       },
                     *       "replies": [
                     *         {
                     *           "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *           "conversation": "dm:bob",
                     *           "seq": 42,
                     *           "sender": "alice",
                     *           "senderName": "Alice Wijaya",
                     *           "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *           "text": "Selamat pagi! Rapat jam 10?",
                     *           "file": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "editedAt": null,
                     *           "deleted": false,
                     *           "replyTo": null,
                     *           "threadId": null,
                     *           "replyCount": 3,
                     *           "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *           "pinnedAt": null,
                     *           "reactions": [
                     *             {
                     *               "emoji": "👍",
                     *               "count": 2,
                     *               "me": true
                     *             }
                     *           ],
                     *           "mentions": []
                     *         }
                     *       ],
                     *       "next": 1
                     *     }
                     */
                    "application/json": {
                        root: components["schemas"]["Message"];
                        replies: components["schemas"]["Message"][];
                        /** @description Pass as after for the next page; null at the end */
                        next: number | null;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description One emoji, URL-encoded (👍 is %F0%9F%91%8D) */
                emoji: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messageId": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        messageId: string;
                        reactions: components["schemas"]["Reaction"][];
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description One emoji, URL-encoded (👍 is %F0%9F%91%8D) */
                emoji: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messageId": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        messageId: string;
                        reactions: components["schemas"]["Reaction"][];
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pinMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unpinMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Selamat pagi! Rapat jam 11."
                 *     }
                 */
                "application/json": {
                    /** @description 1–10,000 characters after trimming; no control characters but newline and tab */
                    text: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *       "conversation": "dm:bob",
                     *       "seq": 42,
                     *       "sender": "alice",
                     *       "senderName": "Alice Wijaya",
                     *       "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *       "text": "Selamat pagi! Rapat jam 10?",
                     *       "file": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "editedAt": null,
                     *       "deleted": false,
                     *       "replyTo": null,
                     *       "threadId": null,
                     *       "replyCount": 3,
                     *       "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *       "pinnedAt": null,
                     *       "reactions": [
                     *         {
                     *           "emoji": "👍",
                     *           "count": 2,
                     *           "me": true
                     *         }
                     *       ],
                     *       "mentions": []
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Page size, 1–500 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversations": [
                     *         {
                     *           "id": "dm:bob",
                     *           "type": "dm",
                     *           "title": "Bob Santoso",
                     *           "lastSeq": 42,
                     *           "lastReadSeq": 40,
                     *           "unread": 2,
                     *           "mentions": 1,
                     *           "lastMessage": {
                     *             "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *             "conversation": "dm:bob",
                     *             "seq": 42,
                     *             "sender": "alice",
                     *             "senderName": "Alice Wijaya",
                     *             "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *             "text": "Selamat pagi! Rapat jam 10?",
                     *             "file": null,
                     *             "createdAt": "2026-12-01T09:30:00.000Z",
                     *             "editedAt": null,
                     *             "deleted": false,
                     *             "replyTo": null,
                     *             "threadId": null,
                     *             "replyCount": 3,
                     *             "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *             "pinnedAt": null,
                     *             "reactions": [
                     *               {
                     *                 "emoji": "👍",
                     *                 "count": 2,
                     *                 "me": true
                     *               }
                     *             ],
                     *             "mentions": []
                     *           },
                     *           "lastActivityAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        conversations: components["schemas"]["Conversation"][];
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description "dm:<username>" or "group:<name>" */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "upToSeq": 42
                 *     }
                 */
                "application/json": {
                    upToSeq: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversation": "example",
                     *       "lastReadSeq": 1
                     *     }
                     */
                    "application/json": {
                        conversation: string;
                        lastReadSeq: number;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description "dm:<username>" or "group:<name>" */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "pins": [
                     *         {
                     *           "message": {
                     *             "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *             "conversation": "dm:bob",
                     *             "seq": 42,
                     *             "sender": "alice",
                     *             "senderName": "Alice Wijaya",
                     *             "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *             "text": "Selamat pagi! Rapat jam 10?",
                     *             "file": null,
                     *             "createdAt": "2026-12-01T09:30:00.000Z",
                     *             "editedAt": null,
                     *             "deleted": false,
                     *             "replyTo": null,
                     *             "threadId": null,
                     *             "replyCount": 3,
                     *             "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *             "pinnedAt": null,
                     *             "reactions": [
                     *               {
                     *                 "emoji": "👍",
                     *                 "count": 2,
                     *                 "me": true
                     *               }
                     *             ],
                     *             "mentions": []
                     *           },
                     *           "pinnedBy": "example",
                     *           "pinnedAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        pins: {
                            message: components["schemas"]["Message"];
                            pinnedBy: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-12-01T09:30:00.000Z
                             */
                            pinnedAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMentions: {
        parameters: {
            query?: {
                /** @description Cursor: the next value of the previous page */
                before?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mentions": [
                     *         {
                     *           "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *           "conversation": "dm:bob",
                     *           "seq": 42,
                     *           "sender": "alice",
                     *           "senderName": "Alice Wijaya",
                     *           "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *           "text": "Selamat pagi! Rapat jam 10?",
                     *           "file": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "editedAt": null,
                     *           "deleted": false,
                     *           "replyTo": null,
                     *           "threadId": null,
                     *           "replyCount": 3,
                     *           "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *           "pinnedAt": null,
                     *           "reactions": [
                     *             {
                     *               "emoji": "👍",
                     *               "count": 2,
                     *               "me": true
                     *             }
                     *           ],
                     *           "mentions": []
                     *         }
                     *       ],
                     *       "next": "example"
                     *     }
                     */
                    "application/json": {
                        mentions: components["schemas"]["Message"][];
                        next: string | null;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInbox: {
        parameters: {
            query?: {
                /** @description Also mark what is returned as read */
                markRead?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversations": [
                     *         {
                     *           "conversation": "example",
                     *           "type": "dm",
                     *           "unread": 1,
                     *           "messages": [
                     *             {
                     *               "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *               "conversation": "dm:bob",
                     *               "seq": 42,
                     *               "sender": "alice",
                     *               "senderName": "Alice Wijaya",
                     *               "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *               "text": "Selamat pagi! Rapat jam 10?",
                     *               "file": null,
                     *               "createdAt": "2026-12-01T09:30:00.000Z",
                     *               "editedAt": null,
                     *               "deleted": false,
                     *               "replyTo": null,
                     *               "threadId": null,
                     *               "replyCount": 3,
                     *               "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *               "pinnedAt": null,
                     *               "reactions": [
                     *                 {
                     *                   "emoji": "👍",
                     *                   "count": 2,
                     *                   "me": true
                     *                 }
                     *               ],
                     *               "mentions": []
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        conversations: {
                            conversation: string;
                            /** @enum {string} */
                            type: "dm" | "group";
                            /** @description All unread messages; `messages` holds at most 100 of them */
                            unread: number;
                            messages: components["schemas"]["Message"][];
                        }[];
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Words to find, all of them (at most 8). Case and diacritics do not matter; the last word, from 3 letters on, also finds the words it begins ("makan" finds "makanan") */
                q: string;
                /** @description Only this conversation: "dm:<username>" or "group:<name>" */
                conversation?: string;
                /** @description Only messages sent by this user (username or user@realm) */
                from?: string;
                /** @description Only messages sent after this time */
                after?: string;
                /** @description Only messages sent before this time */
                before?: string;
                /** @description Also list users and/or groups whose name contains q (first page of a search over everything only) */
                include?: string;
                /** @description The next value of the previous page (same q and filters) */
                cursor?: string;
                /** @description Page size, 1–50 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "message": {
                     *             "id": "01JF0Q8W6D7R5TZ3K9X2M4N8PB",
                     *             "conversation": "dm:bob",
                     *             "seq": 42,
                     *             "sender": "alice",
                     *             "senderName": "Alice Wijaya",
                     *             "senderAvatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *             "text": "Selamat pagi! Rapat jam 10?",
                     *             "file": null,
                     *             "createdAt": "2026-12-01T09:30:00.000Z",
                     *             "editedAt": null,
                     *             "deleted": false,
                     *             "replyTo": null,
                     *             "threadId": null,
                     *             "replyCount": 3,
                     *             "lastReplyAt": "2026-12-01T09:42:00.000Z",
                     *             "pinnedAt": null,
                     *             "reactions": [
                     *               {
                     *                 "emoji": "👍",
                     *                 "count": 2,
                     *                 "me": true
                     *               }
                     *             ],
                     *             "mentions": []
                     *           },
                     *           "snippet": "Selamat pagi! Rapat jam 10?",
                     *           "highlights": [
                     *             [
                     *               14,
                     *               19
                     *             ]
                     *           ],
                     *           "score": 1.2
                     *         }
                     *       ],
                     *       "next": "example",
                     *       "users": [
                     *         {
                     *           "username": "alice",
                     *           "displayName": "Alice Wijaya",
                     *           "country": "ID",
                     *           "realm": null,
                     *           "avatarUrl": "/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                     *           "createdAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "groups": [
                     *         {
                     *           "name": "surabaya",
                     *           "description": "Kabar dari Surabaya",
                     *           "visibility": "public",
                     *           "memberCount": 12,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "myRole": "member",
                     *           "homeRealm": null
                     *         }
                     *       ],
                     *       "indexComplete": true
                     *     }
                     */
                    "application/json": {
                        /** @description Best first */
                        results: components["schemas"]["SearchResult"][];
                        /** @description Cursor of the next page; null at the end (or 1,000 results deep) */
                        next: string | null;
                        /** @description With include=users, on the first page of a search over everything: users whose name contains q */
                        users: components["schemas"]["User"][];
                        /** @description With include=groups, on the first page of a search over everything: my groups and public ones whose name contains q */
                        groups: components["schemas"]["Group"][];
                        /** @description false while the server is still indexing older messages (after an upgrade or SEARCH=off): they may be missing */
                        indexComplete: boolean;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unavailable on this realm now (switched off, or the database refuses changes) */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description Exactly one file
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q9B2C3D4E5F6G7H8J9K0M",
                     *       "name": "foto-rapat.jpg",
                     *       "size": 182044,
                     *       "mimeType": "image/jpeg",
                     *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *       "createdAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["File"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too large */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait Retry-After seconds */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Storage quota exceeded */
            507: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFileMeta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01JF0Q9B2C3D4E5F6G7H8J9K0M",
                     *       "name": "foto-rapat.jpg",
                     *       "size": 182044,
                     *       "mimeType": "image/jpeg",
                     *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                     *       "createdAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["File"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description bytes=start-end: resume a download (206) */
                range?: string;
                /** @description The ETag (quoted sha256) you have: 304 */
                "if-none-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description The requested range */
            206: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    etag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Range not satisfiable */
            416: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPeers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "realms": [
                     *         {
                     *           "id": "realm-b",
                     *           "url": "https://chat.realm-b.example",
                     *           "keyId": "ed25519:01JF0QC2D3E4F5G6H7J8K9M0N1",
                     *           "source": "admin",
                     *           "addedAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        realms: components["schemas"]["Peer"][];
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addPeer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "example"
                 *     }
                 */
                "application/json": {
                    /** @description The peer’s REALM_URL */
                    url: string;
                    /** @description Expected realm id */
                    id?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "realm-b",
                     *       "url": "https://chat.realm-b.example",
                     *       "keyId": "ed25519:01JF0QC2D3E4F5G6H7J8K9M0N1",
                     *       "source": "admin",
                     *       "addedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Peer"];
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removePeer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFederationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "realm": "example",
                     *       "peers": [
                     *         {
                     *           "peer": "realm-b",
                     *           "url": "https://chat.realm-b.example",
                     *           "state": "backoff",
                     *           "queueDepth": 3,
                     *           "oldestPendingAgeSeconds": 41.5,
                     *           "failures": 2,
                     *           "nextAttemptAt": "2026-12-01T09:31:00.000Z",
                     *           "lastSuccessAt": "2026-12-01T09:20:00.000Z",
                     *           "lastError": "connect ECONNREFUSED",
                     *           "lastErrorAt": "2026-12-01T09:30:30.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        realm: string;
                        peers: components["schemas"]["PeerStatus"][];
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateRealmKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keyId": "example",
                     *       "announced": [
                     *         "example"
                     *       ],
                     *       "failed": [
                     *         "example"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        keyId: string;
                        announced: string[];
                        failed: string[];
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adminListUsers: {
        parameters: {
            query?: {
                /** @description Matches username or display name */
                q?: string;
                /** @description Cursor: the last username of the previous page */
                after?: string;
                /** @description Page size, 1–200 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "users": [
                     *         {
                     *           "username": "bob",
                     *           "displayName": "Bob Santoso",
                     *           "country": "ID",
                     *           "realm": null,
                     *           "avatarUrl": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "isAdmin": false,
                     *           "disabled": true,
                     *           "disabledAt": "2026-12-02T08:00:00.000Z"
                     *         }
                     *       ],
                     *       "next": "example"
                     *     }
                     */
                    "application/json": {
                        users: components["schemas"]["AdminUser"][];
                        next: string | null;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adminGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "bob",
                     *       "displayName": "Bob Santoso",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false,
                     *       "disabled": true,
                     *       "disabledAt": "2026-12-02T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adminDisableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "bob",
                     *       "displayName": "Bob Santoso",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false,
                     *       "disabled": true,
                     *       "disabledAt": "2026-12-02T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adminEnableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "bob",
                     *       "displayName": "Bob Santoso",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false,
                     *       "disabled": true,
                     *       "disabledAt": "2026-12-02T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adminResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    password?: string;
                } | null;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "username": "bob",
                     *         "displayName": "Bob Santoso",
                     *         "country": "ID",
                     *         "realm": null,
                     *         "avatarUrl": null,
                     *         "createdAt": "2026-12-01T09:30:00.000Z",
                     *         "isAdmin": false,
                     *         "disabled": true,
                     *         "disabledAt": "2026-12-02T08:00:00.000Z"
                     *       },
                     *       "password": "example",
                     *       "revokedSessions": 1
                     *     }
                     */
                    "application/json": {
                        user: components["schemas"]["AdminUser"];
                        password: string;
                        revokedSessions: number;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adminPromoteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "bob",
                     *       "displayName": "Bob Santoso",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false,
                     *       "disabled": true,
                     *       "disabledAt": "2026-12-02T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adminDemoteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "username": "bob",
                     *       "displayName": "Bob Santoso",
                     *       "country": "ID",
                     *       "realm": null,
                     *       "avatarUrl": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "isAdmin": false,
                     *       "disabled": true,
                     *       "disabledAt": "2026-12-02T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to this caller */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegistrationMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "open"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        mode: "open" | "invite" | "closed";
                    };
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setRegistrationMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "open"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    mode: "open" | "invite" | "closed";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "open"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        mode: "open" | "invite" | "closed";
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /** @description Default 168 (a week) */
                    expiresInHours?: number;
                } | null;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "example",
                     *       "expiresAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": {
                        code: string;
                        /**
                         * Format: date-time
                         * @example 2026-12-01T09:30:00.000Z
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description Invalid input; for validation_failed, details.issues names each field */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No token, or an expired or revoked one: log in again */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed for this caller (role, scope, or a disabled or closed state) */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_failed",
                     *         "message": "username: must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\"",
                     *         "details": {
                     *           "issues": [
                     *             {
                     *               "path": "username",
                     *               "message": "must be 1–32 characters of a-z, 0-9, \"_\", \".\" or \"-\""
                     *             }
                     *           ]
                     *         },
                     *         "requestId": "3f1c2b9e-7a41-4d2b-9c55-0c1d2e3f4a5b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
