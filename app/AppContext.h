#pragma once

namespace bbd {

class CredentialStore;
class Database;
class PhoneNumbers;
class PlatformSync;
class Settings;

// The services the widgets work through, created once by main() and outliving every window.
struct AppContext
{
    Database *database = nullptr;
    PhoneNumbers *phones = nullptr;
    Settings *settings = nullptr;
    CredentialStore *credentials = nullptr;
    // Null where nothing is synchronised (headless commands, most widget tests).
    PlatformSync *sync = nullptr;
};

} // namespace bbd
