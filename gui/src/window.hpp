// The platform layer: one GLFW window with an OpenGL 3 context and Dear ImGui set up on
// it. Everything else in the viewer draws through ImGui and never touches GLFW or GL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct GLFWwindow;

namespace annals::viewer {

struct Pixels {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // top row first
};

class Window {
 public:
  // Throws std::runtime_error when no display or GL context is available.
  Window(int width, int height, const std::string& title, const std::string& ini_path);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  bool should_close() const;
  // Polls events (waiting up to `wait_seconds` when idle) and starts an ImGui frame.
  void begin_frame(double wait_seconds);
  void new_imgui_frame();
  // Renders ImGui's draw data; call after ImGui::Render().
  void render();
  void present();
  // The back buffer as last rendered (call between render() and present()).
  Pixels read_pixels() const;
  // Paths of files dropped on the window since the last call.
  std::vector<std::string> take_dropped_files();

 private:
  GLFWwindow* window_ = nullptr;
  std::string ini_path_;
};

}  // namespace annals::viewer
