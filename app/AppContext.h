#pragma once

class QNetworkAccessManager;

namespace bbd {

class ChatService;
class CredentialStore;
class Database;
class IntegrationHub;
class PhoneNumbers;
class PlatformSync;
class Settings;
class StageRunner;

// The services the widgets work through, created once by main() and outliving every window.
struct AppContext
{
    Database *database = nullptr;
    PhoneNumbers *phones = nullptr;
    Settings *settings = nullptr;
    CredentialStore *credentials = nullptr;
    // Null where nothing is synchronised (headless commands, most widget tests).
    PlatformSync *sync = nullptr;
    // Jira, Zoom, Graph and Slack delivery; null where nothing is sent.
    IntegrationHub *integrations = nullptr;
    // The one network access manager of the app, for on-demand pulls (hh.ru).
    QNetworkAccessManager *network = nullptr;
    // Starts onboarding stages when their day comes; null where stages must not move by
    // themselves (headless commands, widget tests).
    StageRunner *stageRunner = nullptr;
    // The assistant's chat (platform or local engine); null where there is no chat pane.
    ChatService *chat = nullptr;
};

} // namespace bbd
